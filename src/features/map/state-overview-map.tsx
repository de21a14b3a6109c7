import { useRef } from 'react';
import { StateLegend } from '@/features/map/state-legend';
import { StateMapSvg } from '@/features/map/state-map-svg';
import { stateMapTitle } from '@/features/map/state-map-text';
import { useStateAreas } from '@/features/map/use-state-areas';
import { useSvgScale } from '@/features/map/use-svg-scale';
import { useAppStore } from '@/stores/app-store';
import { StateMapCredit } from '@/features/map/state-map-credit';

const NO_STATES = new Set<never>();
// The map's box on a landscape A4 handout page, in CSS px: printing lays it out too late to measure.
const PRINT_BOX = { width: 1000, height: 470 };

/**
 * The state map for a room or a handout: display-only (the arrow keys keep stepping through the
 * slides), names in type the back row can read, the legend and the outlines' credit under it.
 * The list's state filter, if any, stays outlined.
 */
export function StateOverviewMap({ where }: { where: 'screen' | 'print' }) {
  const box = useRef<HTMLDivElement>(null);
  const scale = useSvgScale(box, where === 'print' ? PRINT_BOX : undefined);
  const model = useStateAreas((where === 'print' ? 12 : 17) * scale);
  const filtered = useAppStore((s) => s.filters.states);
  const selected = filtered.length > 0 ? new Set(filtered) : NO_STATES;
  return (
    <figure className="flex h-full flex-col gap-[1vh]">
      <div ref={box} className="min-h-0 flex-1 overflow-hidden rounded-xl border-2 border-white bg-sky-100">
        <StateMapSvg model={model} selected={selected} label={stateMapTitle(model.sector)} />
      </div>
      <figcaption className="text-brand-100">
        <StateLegend sector={model.sector} className="text-white" />
        <StateMapCredit />
      </figcaption>
    </figure>
  );
}
