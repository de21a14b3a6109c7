import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { formatNumber } from '@/domain/format';

export type MapView = 'points' | 'states';

interface MapToolbarProps {
  view: MapView;
  onView: (view: MapView) => void;
  placed: number;
  unplaced: number;
  showStrength: boolean;
  onShowStrength: (on: boolean) => void;
  tilesOn: boolean;
  onTilesOn: (on: boolean) => void;
  onFit: () => void;
}

export function MapToolbar(props: MapToolbarProps) {
  const { view, onView, placed, unplaced, showStrength, onShowStrength, tilesOn, onTilesOn, onFit } = props;
  const { t } = useTranslation('map');
  const { t: ts } = useTranslation('stateMap');
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-0.5 border-b border-slate-200 px-3 py-1 text-sm">
      <h2 className="text-base font-bold">{t('toolbar.heading')}</h2>
      <div role="group" aria-label={ts('view.label')} className="flex gap-1">
        <Button variant="neutral" size="xs" aria-pressed={view === 'points'} onClick={() => onView('points')}>
          {ts('view.points')}
        </Button>
        <Button variant="neutral" size="xs" aria-pressed={view === 'states'} onClick={() => onView('states')}>
          {ts('view.states')}
        </Button>
      </div>
      <p className="text-slate-700">
        {t('toolbar.shown', { n: formatNumber(placed, 0) })}
        {unplaced > 0 && (
          <span className="font-semibold"> · {t('toolbar.notOnMap', { n: formatNumber(unplaced, 0) })}</span>
        )}
      </p>
      {view === 'points' && (
        <>
          <Button onClick={onFit} className="ml-auto">
            {t('toolbar.fit')}
          </Button>
          <div className="flex basis-full flex-wrap items-center gap-x-4">
            <Checkbox
              inline
              label={t('toolbar.strength')}
              checked={showStrength}
              onChange={(e) => onShowStrength(e.target.checked)}
            />
            <Checkbox
              inline
              label={t('toolbar.tiles')}
              checked={tilesOn}
              onChange={(e) => onTilesOn(e.target.checked)}
            />
          </div>
        </>
      )}
    </div>
  );
}
