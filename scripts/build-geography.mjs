// Builds the bundled base map from world-atlas (Natural Earth, ISC licence): Mexico at 1:50m,
// its neighbours at 1:110m (they are context only, and the coarser outline halves the file —
// bundle budget), trimmed to the countries shown and rounded to ~1 km, so the app
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

function countries(scale) {
  const url = new URL(`../node_modules/world-atlas/countries-${scale}.json`, import.meta.url);
  const topo = JSON.parse(readFileSync(url));
  return feature(topo, topo.objects.countries).features;
}
const FOCUS = 'Mexico';
const world = [
  ...countries('50m').filter((f) => f.properties.name === FOCUS),
  ...countries('110m').filter((f) => f.properties.name !== FOCUS),
];
// Mexico to 0.01° (~1 km); the 1:110m neighbours carry no detail finer than 0.05° anyway.
const rounder =
  (step) =>
  ([lng, lat]) =>
    [Math.round(lng / step) * step, Math.round(lat / step) * step].map((x) => +x.toFixed(2));

function intersectsView(ring) {
  return ring.some(([lng, lat]) => lng >= VIEW.west && lng <= VIEW.east && lat >= VIEW.south && lat <= VIEW.north);
}

function simplifyRing(ring, round) {
  const out = [];
  for (const point of ring.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= 4 ? out : null;
}

const features = [];
for (const f of world) {
  const name = f.properties.name;
  if (!SHOWN.has(name)) continue;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = polygons
    .filter((poly) => intersectsView(poly[0]))
    .map((poly) => poly.map((ring) => simplifyRing(ring, rounder(name === FOCUS ? 0.01 : 0.05))).filter(Boolean))
    .filter((poly) => poly.length > 0);
  if (kept.length === 0) continue;
  features.push({
    type: 'Feature',
    properties: { name, focus: name === FOCUS },
    geometry: { type: 'MultiPolygon', coordinates: kept },
  });
}

// Stored compactly (bundle budget: ~3 KB gzip less than GeoJSON): each ring as a flat list
// of integer steps of 0.01° from the previous point; src/features/map/base-geography.ts decodes it
// back into the same GeoJSON.
const SCALE = 100;
function encodeRing(ring) {
  let lng = 0;
  let lat = 0;
  return ring.flatMap(([x, y]) => {
    const step = [Math.round(x * SCALE) - lng, Math.round(y * SCALE) - lat];
    lng += step[0];
    lat += step[1];
    return step;
  });
}
const out = {
  scale: SCALE,
  countries: features.map((f) => ({
    name: f.properties.name,
    focus: f.properties.focus,
    polygons: f.geometry.coordinates.map((poly) => poly.map(encodeRing)),
  })),
};
const target = new URL('../src/features/map/base-geography-compact.json', import.meta.url);
writeFileSync(target, JSON.stringify(out));
console.log(`wrote ${features.length} countries, ${JSON.stringify(out).length} bytes`);
