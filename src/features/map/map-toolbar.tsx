import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { formatNumber } from '@/domain/format';

interface MapToolbarProps {
  placed: number;
  unplaced: number;
  showStrength: boolean;
  onShowStrength: (on: boolean) => void;
  tilesOn: boolean;
  onTilesOn: (on: boolean) => void;
  onFit: () => void;
}

export function MapToolbar(props: MapToolbarProps) {
  const { placed, unplaced, showStrength, onShowStrength, tilesOn, onTilesOn, onFit } = props;
  const { t } = useTranslation('map');
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-0.5 border-b border-slate-200 px-3 py-1 text-sm">
      <h2 className="text-base font-bold">{t('toolbar.heading')}</h2>
      <p className="text-slate-700">
        {t('toolbar.shown', { n: formatNumber(placed, 0) })}
        {unplaced > 0 && (
          <span className="font-semibold"> · {t('toolbar.notOnMap', { n: formatNumber(unplaced, 0) })}</span>
        )}
      </p>
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
        <Checkbox inline label={t('toolbar.tiles')} checked={tilesOn} onChange={(e) => onTilesOn(e.target.checked)} />
      </div>
    </div>
  );
}
