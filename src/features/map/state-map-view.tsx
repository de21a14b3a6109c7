import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import type { StateCode } from '@/domain/types';
import { StateLegend } from '@/features/map/state-legend';
import type { StateArea } from '@/features/map/state-map-model';
import { StateMapSvg } from '@/features/map/state-map-svg';
import { stateAreaText, stateMapTitle } from '@/features/map/state-map-text';
import { StateTable } from '@/features/map/state-table';
import { useStateAreas } from '@/features/map/use-state-areas';
import { useSvgScale } from '@/features/map/use-svg-scale';
import { useAppStore } from '@/stores/app-store';
import { StateMapCredit } from '@/features/map/state-map-credit';

// The names' size on screen (CSS px); where a name does not fit at it, its abbreviation is written.
const LABEL_PX = 10;

/**
 * The dashboard's state map: the choropleth, and under it (never over it) the legend, what the
 * pointed state's strength rests on, the state filter it sets and the table of all states.
 */
export function StateMapView() {
  const { t } = useTranslation('stateMap');
  const box = useRef<HTMLDivElement>(null);
  const model = useStateAreas(LABEL_PX * useSvgScale(box));
  const filtered = useAppStore((s) => s.filters.states);
  const setFilters = useAppStore((s) => s.setFilters);
  const selected = useMemo(() => new Set<StateCode>(filtered), [filtered]);
  const [pointed, setPointed] = useState<StateArea | null>(null);
  const hintId = useId();
  const toggle = (code: StateCode) =>
    setFilters({ states: filtered.length === 1 && filtered[0] === code ? [] : [code] });
  const filteredNames = model.areas.filter((a) => selected.has(a.code)).map((a) => a.name);

  return (
    <div className="flex h-full flex-col" data-testid="state-map">
      <div ref={box} className="min-h-0 flex-1 bg-sky-100">
        <StateMapSvg
          model={model}
          selected={selected}
          onActivate={toggle}
          onPoint={setPointed}
          label={stateMapTitle(model.sector)}
          describedBy={hintId}
        />
      </div>
      <div className="max-h-[45%] shrink-0 overflow-y-auto border-t border-slate-200 px-3 py-1 text-xs leading-snug">
        <StateLegend sector={model.sector} />
        <p className="text-slate-800">
          {pointed && (
            <>
              <strong>{stateAreaText(pointed, model.sector)}</strong>
              {pointed.why && ` — ${pointed.why}`}
            </>
          )}
          {/* Kept while hidden: the map's description points at it. */}
          <span id={hintId} hidden={pointed !== null}>
            {t('hint')}
          </span>
        </p>
        {filteredNames.length > 0 && (
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{t('filtered', { states: filteredNames.join(', ') })}</span>
            <Button size="xs" onClick={() => setFilters({ states: [] })}>
              {t('clear')}
            </Button>
          </p>
        )}
        <StateTable areas={model.areas} />
        <StateMapCredit className="text-slate-600" />
      </div>
    </div>
  );
}
