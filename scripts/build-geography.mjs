// Builds the bundled base map: Mexico and its neighbours from world-atlas (Natural Earth,
// 1:50m, ISC licence), trimmed to the countries shown and rounded to ~1 km, so the app
// carries a few dozen KB instead of the whole world. Re-run after upgrading world-atlas:
//   node scripts/build-geography.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const SHOWN = new Set([
  'Mexico',
  'United States of America',
  'Guatemala',
  'Belize',
  'Honduras',
  'El Salvador',
  'Cuba',
  'Nicaragua',
]);
// Parts of a neighbour outside this box (Alaska, Hawaii, the US north) are dropped.
const VIEW = { west: -125, east: -74, south: 8, north: 40 };

const topo = JSON.parse(readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url)));
const world = feature(topo, topo.objects.countries);
const round = ([lng, lat]) => [Math.round(lng * 100) / 100, Math.round(lat * 100) / 100];

function intersectsView(ring) {
  return ring.some(([lng, lat]) => lng >= VIEW.west && lng <= VIEW.east && lat >= VIEW.south && lat <= VIEW.north);
}

function simplifyRing(ring) {
  const out = [];
  for (const point of ring.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= 4 ? out : null;
}

const features = [];
for (const f of world.features) {
  const name = f.properties.name;
  if (!SHOWN.has(name)) continue;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = polygons
    .filter((poly) => intersectsView(poly[0]))
    .map((poly) => poly.map(simplifyRing).filter(Boolean))
    .filter((poly) => poly.length > 0);
  if (kept.length === 0) continue;
  features.push({
    type: 'Feature',
    properties: { name, focus: name === 'Mexico' },
    geometry: { type: 'MultiPolygon', coordinates: kept },
  });
}

const out = { type: 'FeatureCollection', features };
const target = new URL('../src/features/map/base-geography.json', import.meta.url);
writeFileSync(target, JSON.stringify(out));
console.log(`wrote ${features.length} countries, ${JSON.stringify(out).length} bytes`);
