import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TileLayer } from 'react-leaflet';

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Optional online background; only mounted when the user turns it on, so nothing is fetched otherwise. */
export function OnlineTiles({ onError }: { onError: () => void }) {
  const { t } = useTranslation('map');
  const handlers = useMemo(() => ({ tileerror: onError }), [onError]);
  const attribution = t('attribution.osm');
  // Keyed by its text: Leaflet removes a layer's attribution by the text it was added with, so a
  // language switch re-adds the layer rather than leave the new wording behind when tiles go off.
  return (
    <TileLayer key={attribution} url={OSM_TILE_URL} attribution={attribution} maxZoom={19} eventHandlers={handlers} />
  );
}
