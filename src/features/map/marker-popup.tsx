import { NOT_STATED_TEXT } from '@/domain/format';
import type { MapMarker } from '@/features/map/map-model';

interface MarkerPopupProps {
  marker: MapMarker;
  shortlisted: boolean;
  onToggleShortlist: () => void;
  onShowDetails: () => void;
}

// Divs, not <p>: leaflet.css gives paragraphs in popups wide margins that crowd a small map.
const BUTTON =
  'rounded border border-brand-600 px-2 py-0.5 text-left text-sm font-medium text-brand-700 hover:bg-brand-50';

export function MarkerPopup({ marker, shortlisted, onToggleShortlist, onShowDetails }: MarkerPopupProps) {
  const place = marker.precision === 'city' ? 'city' : 'state capital';
  return (
    <div className="space-y-1 text-sm leading-snug wrap-anywhere text-slate-900">
      <h3 className="font-bold">{marker.name}</h3>
      <div>
        {marker.stateName ?? <em>State {NOT_STATED_TEXT}</em>} · Score {marker.scoreText} (rank {marker.rank})
      </div>
      <div>{marker.labelText}</div>
      <div className="text-xs text-slate-600">Position approximate ({place})</div>
      <div className="flex flex-wrap gap-1.5">
        <button type="button" className={BUTTON} onClick={onToggleShortlist}>
          {shortlisted ? `Remove ${marker.name} from shortlist` : `Add ${marker.name} to shortlist`}
        </button>
        <button type="button" className={BUTTON} onClick={onShowDetails}>
          Show details
        </button>
      </div>
    </div>
  );
}
