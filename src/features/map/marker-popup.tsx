import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { notStated } from '@/domain/format';
import type { MapMarker } from '@/features/map/map-model';
import { useAppStore } from '@/stores/app-store';

interface MarkerPopupProps {
  marker: MapMarker;
  shortlisted: boolean;
  onToggleShortlist: () => void;
  onShowDetails: () => void;
}

// Divs, not <p>: leaflet.css gives paragraphs in popups wide margins that crowd a small map.
export function MarkerPopup({ marker, shortlisted, onToggleShortlist, onShowDetails }: MarkerPopupProps) {
  const { t } = useTranslation('map');
  // Cluster names are written as the (mostly Spanish) sources write them.
  const nameLang = useAppStore((s) => (s.language === 'es' ? undefined : 'es'));
  return (
    <div className="space-y-1 text-sm leading-snug wrap-anywhere text-slate-900">
      <h3 lang={nameLang} className="font-bold">
        {marker.name}
      </h3>
      <div>
        {marker.stateName ?? <em>{t('popup.stateNotStated', { notStated: notStated() })}</em>} ·{' '}
        {t('popup.score', { score: marker.scoreText, rank: marker.rank })}
      </div>
      <div>{marker.labelText}</div>
      <div className="text-xs text-slate-600">
        {marker.precision === 'city' ? t('popup.positionCity') : t('popup.positionCapital')}
      </div>
      <div className="flex flex-wrap gap-1.5">
        <Button onClick={onToggleShortlist} className="text-left">
          {t(shortlisted ? 'popup.shortlistRemove' : 'popup.shortlistAdd', { name: marker.name })}
        </Button>
        <Button onClick={onShowDetails}>{t('popup.details')}</Button>
      </div>
    </div>
  );
}
