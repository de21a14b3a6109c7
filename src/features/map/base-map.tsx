import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';
import type { PathOptions } from 'leaflet';
import type { ReactNode } from 'react';
import { GeoJSON, MapContainer } from 'react-leaflet';
import geography from '@/features/map/base-geography.json';

const BASE = geography as FeatureCollection;
// Mexico with a little of its neighbours around it.
export const MEXICO_BOUNDS: [[number, number], [number, number]] = [
  [14.2, -118.6],
  [32.9, -86.5],
];

function countryStyle(feature?: { properties?: { focus?: boolean } }): PathOptions {
  const focus = feature?.properties?.focus === true;
  return {
    color: focus ? '#334155' : '#94a3b8',
    weight: focus ? 1.2 : 0.8,
    fillColor: focus ? '#f8fafc' : '#e2e8f0',
    fillOpacity: 1,
  };
}

/** Offline Leaflet map over bundled Natural Earth geography; children add layers. */
export function BaseMap({ children }: { children?: ReactNode }) {
  return (
    <MapContainer
      bounds={MEXICO_BOUNDS}
      className="h-full w-full bg-sky-100"
      attributionControl
      zoomSnap={0.25}
      minZoom={3}
      maxZoom={12}
      worldCopyJump={false}
    >
      <GeoJSON
        data={BASE}
        style={countryStyle}
        interactive={false}
        attribution='Base geography: <a href="https://www.naturalearthdata.com/">Natural Earth</a> via world-atlas (ISC)'
      />
      {children}
    </MapContainer>
  );
}
