import { CircleMarker, Tooltip } from 'react-leaflet';
import { COLOR } from '@/components/theme';
import type { StateBubble } from '@/features/map/map-model';

// State strength is the state criterion: the bubbles keep that criterion's colour.
export const BUBBLE_COLOUR = COLOR['crit-state'];
// Strong enough to read on a projector and on paper, light enough that markers stay on top.
export const BUBBLE_FILL_OPACITY = 0.3;
const BUBBLE_STYLE = {
  color: BUBBLE_COLOUR,
  weight: 1.5,
  opacity: 0.9,
  fillColor: BUBBLE_COLOUR,
  fillOpacity: BUBBLE_FILL_OPACITY,
};

export function StateBubblesLayer({ bubbles }: { bubbles: readonly StateBubble[] }) {
  return bubbles.map((b) => (
    <CircleMarker key={b.code} center={[b.lat, b.lng]} radius={b.radius} pathOptions={BUBBLE_STYLE}>
      <Tooltip pane="tooltipPane">{b.why}</Tooltip>
    </CircleMarker>
  ));
}
