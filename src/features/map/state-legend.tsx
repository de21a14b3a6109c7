import { useTranslation } from 'react-i18next';
import { COLOR } from '@/components/theme';
import { STATE_LEVELS } from '@/domain/ranking/strength-level';
import { LEVEL_FILL } from '@/features/map/state-map-model';
import { levelName } from '@/features/map/state-map-text';

/** The levels of the state map, each colour named in words; `className` sets the type size. */
export function StateLegend({ sector, className = '' }: { sector: string | null; className?: string }) {
  const { t } = useTranslation('stateMap');
  return (
    <div
      role="group"
      aria-label={t('legend.label')}
      className={`flex flex-wrap items-center gap-x-3 gap-y-0.5 ${className}`}
    >
      <span className="font-semibold">{sector ? t('legend.sector', { sector }) : t('legend.general')}</span>
      {STATE_LEVELS.map((level) => (
        <span key={level} className="inline-flex items-center gap-1">
          <svg viewBox="0 0 10 10" aria-hidden="true" className="h-[1em] w-[1em] shrink-0">
            <rect x="0.5" y="0.5" width="9" height="9" fill={LEVEL_FILL[level]} stroke={COLOR['map-mexico-border']} />
          </svg>
          {levelName(level)}
        </span>
      ))}
    </div>
  );
}
