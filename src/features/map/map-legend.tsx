import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { COLOR } from '@/components/theme';
import { SCORE_BANDS, markerRadius } from '@/features/map/map-model';
import { BUBBLE_COLOUR, BUBBLE_FILL_OPACITY } from '@/features/map/state-bubbles-layer';
import { SELECTED_OUTLINE } from '@/features/map/match-markers';

interface MapLegendProps {
  /** Name of the chosen sector, or null when none is chosen. */
  sectorName: string | null;
  showStrength: boolean;
  /** The map's box: the legend starts folded when the map is small, so the map keeps its height. */
  mapBox: RefObject<HTMLElement | null>;
}

// Below this map height (CSS px) the legend starts folded.
const SMALL_MAP = 320;

interface DotProps {
  colour: string;
  radius: number;
  outline?: string;
  outlineWidth?: number;
  fillOpacity?: number;
}

function Dot({ colour, radius, outline = COLOR.ink, outlineWidth = 1, fillOpacity }: DotProps) {
  const size = Math.ceil(radius * 2 + outlineWidth + 2);
  return (
    <svg width={size} height={size} aria-hidden="true" className="shrink-0">
      <circle
        cx={size / 2}
        cy={size / 2}
        r={radius}
        fill={colour}
        fillOpacity={fillOpacity}
        stroke={outline}
        strokeWidth={outlineWidth}
      />
    </svg>
  );
}

/**
 * The legend, in a strip under the map rather than over it, so it never covers a marker or takes
 * its clicks; every colour is paired with numbers or words. The notes fold away.
 */
export function MapLegend({ sectorName, showStrength, mapBox }: MapLegendProps) {
  const { t } = useTranslation('map');
  const [open, setOpen] = useState(true);
  // Decided once, at the map's first size: deciding again would fold and unfold the legend in a
  // loop, since unfolding it takes height from the map.
  useEffect(() => {
    const element = mapBox.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.contentRect.height ?? 0;
      if (height <= 0) return;
      observer.disconnect();
      if (height < SMALL_MAP) setOpen(false);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [mapBox]);
  return (
    <div className="flex shrink-0 items-start gap-2 border-t border-slate-200 px-3 py-1 text-xs leading-tight text-slate-900">
      {open && (
        <div
          role="group"
          aria-label={t('legend.label')}
          className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-0.5"
        >
          <span className="font-semibold">{t('legend.score')}</span>
          <ul className="contents">
            {SCORE_BANDS.toReversed().map((band) => (
              <li key={band.min} className="inline-flex items-center gap-0.5">
                <Dot colour={band.colour} radius={markerRadius((band.min + band.max) / 2) * 0.7} />
                {band.min}–{band.max}
              </li>
            ))}
          </ul>
          <span className="inline-flex items-center gap-1">
            <Dot colour={SCORE_BANDS[1].colour} radius={4} outline={SELECTED_OUTLINE} outlineWidth={3} />
            {t('legend.selected')}
          </span>
          {showStrength && (
            <span className="inline-flex items-center gap-1">
              <Dot colour={BUBBLE_COLOUR} fillOpacity={BUBBLE_FILL_OPACITY} radius={5} outline={BUBBLE_COLOUR} />
              {sectorName ? t('legend.strength', { sector: sectorName }) : t('legend.strengthNoSector')}
            </span>
          )}
          <span className="text-slate-700">{t('legend.approximate')}</span>
          <span className="text-slate-700">{t('legend.leg')}</span>
        </div>
      )}
      <Button
        variant="ghost"
        size="xs"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="ml-auto shrink-0"
      >
        {open ? t('legend.hide') : t('legend.show')}
      </Button>
    </div>
  );
}
