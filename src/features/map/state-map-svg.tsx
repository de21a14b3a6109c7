import { useRef, useState, type KeyboardEvent } from 'react';
import { COLOR } from '@/components/theme';
import type { StateCode } from '@/domain/types';
import type { StateArea } from '@/features/map/state-map-model';
import { stateAreaText } from '@/features/map/state-map-text';
import type { StateAreas } from '@/features/map/use-state-areas';

interface StateMapSvgProps {
  model: StateAreas;
  /** States the list is filtered to: outlined. */
  selected: ReadonlySet<StateCode>;
  /** Absent for a display-only map (presentation, print): no focus stops, no clicks. */
  onActivate?: (code: StateCode) => void;
  /** The state under the pointer or the keyboard focus, for a caption outside the map. */
  onPoint?: (area: StateArea | null) => void;
  label: string;
  /** Id of a visible hint that says how to use the map. */
  describedBy?: string;
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The 32 states as SVG shapes, each named "Querétaro: strong in aerospace". One Tab stop: the
 * arrow keys move between states in alphabetical order (Home/End to the ends), Enter or Space
 * toggles the state filter, as a click does.
 */
export function StateMapSvg({ model, selected, onActivate, onPoint, label, describedBy }: StateMapSvgProps) {
  const [pointed, setPointed] = useState<StateCode | null>(null);
  const [focusCode, setFocusCode] = useState<StateCode | null>(null);
  const refs = useRef(new Map<StateCode, SVGPathElement>());
  const order = [...model.areas].sort((a, b) => a.name.localeCompare(b.name));
  const tabStop = focusCode ?? order.find((a) => selected.has(a.code))?.code ?? order[0]?.code;
  const interactive = onActivate !== undefined;

  const point = (area: StateArea | null) => {
    setPointed(area?.code ?? null);
    onPoint?.(area);
  };
  const onKeyDown = (e: KeyboardEvent, area: StateArea) => {
    const at = order.findIndex((a) => a.code === area.code);
    const to =
      e.key in STEP
        ? (at + (STEP[e.key] ?? 0) + order.length) % order.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? order.length - 1
            : -1;
    if (to >= 0) {
      e.preventDefault();
      const next = order[to] as StateArea;
      setFocusCode(next.code);
      refs.current.get(next.code)?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate?.(area.code);
    }
  };
  // Outlines on top of every fill, so a neighbour never hides a selected or pointed edge.
  const ringed = model.areas.filter((a) => selected.has(a.code) || a.code === pointed);

  return (
    <svg
      viewBox={model.viewBox}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      className="h-full w-full"
    >
      {model.areas.map((area) => (
        <path
          key={area.code}
          ref={(el) => {
            if (el) refs.current.set(area.code, el);
            else refs.current.delete(area.code);
          }}
          d={area.path}
          fill={area.fill}
          stroke={COLOR['map-mexico-border']}
          strokeWidth={0.7}
          strokeLinejoin="round"
          data-state={area.code}
          data-level={area.level}
          role={interactive ? 'button' : 'img'}
          aria-label={stateAreaText(area, model.sector)}
          aria-pressed={interactive ? selected.has(area.code) : undefined}
          tabIndex={interactive ? (area.code === tabStop ? 0 : -1) : undefined}
          className={interactive ? 'cursor-pointer outline-none' : undefined}
          onClick={interactive ? () => onActivate(area.code) : undefined}
          onKeyDown={interactive ? (e) => onKeyDown(e, area) : undefined}
          onFocus={() => {
            setFocusCode(area.code);
            point(area);
          }}
          onBlur={() => point(null)}
          onMouseEnter={() => point(area)}
          onMouseLeave={() => point(null)}
        />
      ))}
      <g aria-hidden="true" pointerEvents="none" fill="none" strokeLinejoin="round">
        {ringed.map((area) => (
          <path
            key={area.code}
            d={area.path}
            stroke={selected.has(area.code) ? COLOR['accent-500'] : COLOR.ink}
            strokeWidth={selected.has(area.code) ? 2.6 : 1.6}
          />
        ))}
      </g>
      <g
        aria-hidden="true"
        pointerEvents="none"
        textAnchor="middle"
        dominantBaseline="central"
        fontWeight={600}
        fontSize={model.fontSize}
      >
        {model.areas.map((area) =>
          area.label ? (
            <text key={area.code} x={area.label.x} y={area.label.y} fill={area.label.fill}>
              {area.label.text}
            </text>
          ) : null,
        )}
      </g>
    </svg>
  );
}
