import { useMemo } from 'react';
import { TileLayer } from 'react-leaflet';

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** Optional online background; only mounted when the user turns it on, so nothing is fetched otherwise. */
export function OnlineTiles({ onError }: { onError: () => void }) {
  const handlers = useMemo(() => ({ tileerror: onError }), [onError]);
  return <TileLayer url={OSM_TILE_URL} attribution={OSM_ATTRIBUTION} maxZoom={19} eventHandlers={handlers} />;
}
