import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import compact from '@/features/map/base-geography-compact.json';

// The bundled base map, written by scripts/build-geography.mjs as integer steps between points
// (a third of the gzip size of plain GeoJSON); decoded once here into GeoJSON for Leaflet.
function decodeRing(steps: number[], scale: number): number[][] {
  const ring: number[][] = [];
  let lng = 0;
  let lat = 0;
  for (let i = 0; i + 1 < steps.length; i += 2) {
    lng += steps[i] ?? 0;
    lat += steps[i + 1] ?? 0;
    ring.push([lng / scale, lat / scale]);
  }
  return ring;
}

export const geography: FeatureCollection<MultiPolygon, { name: string; focus: boolean }> = {
  type: 'FeatureCollection',
  features: compact.countries.map((country): Feature<MultiPolygon, { name: string; focus: boolean }> => ({
    type: 'Feature',
    properties: { name: country.name, focus: country.focus },
    geometry: {
      type: 'MultiPolygon',
      coordinates: country.polygons.map((polygon) => polygon.map((ring) => decodeRing(ring, compact.scale))),
    },
  })),
};
