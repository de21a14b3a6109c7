import { useState } from 'react';
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
}

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

/** HTML legend over the map: every colour is paired with numbers or words. */
export function MapLegend({ sectorName, showStrength }: MapLegendProps) {
  const { t } = useTranslation('map');
  const [open, setOpen] = useState(true);
  const toggle = (
    <Button variant="ghost" size="xs" aria-expanded={open} onClick={() => setOpen(!open)}>
      {open ? t('legend.hide') : t('legend.show')}
    </Button>
  );
  return (
    // Narrow, bottom left: over the open Pacific at the default view, and raised above Leaflet's
    // attribution line so the two never overlap on a narrow map.
    <div className="absolute bottom-6 left-2 z-[1000] w-40 rounded-md border border-slate-300 bg-white/95 px-2 py-1 text-xs leading-tight text-slate-900 shadow">
      {open ? (
        <div role="group" aria-label={t('legend.label')} className="space-y-1">
          <p className="flex items-baseline justify-between">
            <span className="font-semibold">{t('legend.score')}</span>
            {toggle}
          </p>
          <ul className="grid grid-cols-2 gap-x-1 gap-y-0.5">
            {SCORE_BANDS.toReversed().map((band) => (
              <li key={band.min} className="inline-flex items-center gap-0.5">
                <Dot colour={band.colour} radius={markerRadius((band.min + band.max) / 2) * 0.7} />
                {band.min}–{band.max}
              </li>
            ))}
          </ul>
          <p className="flex items-center gap-1">
            <Dot colour={SCORE_BANDS[1].colour} radius={4} outline={SELECTED_OUTLINE} outlineWidth={3} />
            {t('legend.selected')}
          </p>
          {showStrength && (
            <p className="flex items-start gap-1">
              <Dot colour={BUBBLE_COLOUR} fillOpacity={BUBBLE_FILL_OPACITY} radius={5} outline={BUBBLE_COLOUR} />
              <span>{sectorName ? t('legend.strength', { sector: sectorName }) : t('legend.strengthNoSector')}</span>
            </p>
          )}
          <p className="text-slate-700">{t('legend.approximate')}</p>
          <p className="text-slate-700">{t('legend.leg')}</p>
        </div>
      ) : (
        toggle
      )}
    </div>
  );
}
