import { CircleMarker, Tooltip } from 'react-leaflet';
import type { StateBubble } from '@/features/map/map-model';

export const BUBBLE_COLOUR = '#7c3aed';
const BUBBLE_STYLE = { color: BUBBLE_COLOUR, weight: 1, opacity: 0.6, fillColor: BUBBLE_COLOUR, fillOpacity: 0.14 };

export function StateBubblesLayer({ bubbles }: { bubbles: readonly StateBubble[] }) {
  return bubbles.map((b) => (
    <CircleMarker key={b.code} center={[b.lat, b.lng]} radius={b.radius} pathOptions={BUBBLE_STYLE}>
      <Tooltip pane="tooltipPane">{b.why}</Tooltip>
    </CircleMarker>
  ));
}
