import { Button } from '@/components/button';
import { notStated } from '@/domain/format';
import type { MapMarker } from '@/features/map/map-model';

interface MarkerPopupProps {
  marker: MapMarker;
  shortlisted: boolean;
  onToggleShortlist: () => void;
  onShowDetails: () => void;
}

// Divs, not <p>: leaflet.css gives paragraphs in popups wide margins that crowd a small map.
export function MarkerPopup({ marker, shortlisted, onToggleShortlist, onShowDetails }: MarkerPopupProps) {
  const place = marker.precision === 'city' ? 'city' : 'state capital';
  return (
    <div className="space-y-1 text-sm leading-snug wrap-anywhere text-slate-900">
      <h3 className="font-bold">{marker.name}</h3>
      <div>
        {marker.stateName ?? <em>State {notStated()}</em>} · Score {marker.scoreText} (rank {marker.rank})
      </div>
      <div>{marker.labelText}</div>
      <div className="text-xs text-slate-600">Position approximate ({place})</div>
      <div className="flex flex-wrap gap-1.5">
        <Button onClick={onToggleShortlist} className="text-left">
          {shortlisted ? `Remove ${marker.name} from shortlist` : `Add ${marker.name} to shortlist`}
        </Button>
        <Button onClick={onShowDetails}>Show details</Button>
      </div>
    </div>
  );
}
