// Builds public/geo/mexico-states.json, the outlines of the state map, from @svg-maps/mexico
// (© MapSVG, CC BY 4.0). Each ring is simplified (Douglas–Peucker, TOLERANCE outline units, about
// 1/1000 of the map's width: finer than a pixel of a full-screen map) and rounded to 0.1 unit, which
// makes the file a third of the package's size. The app fetches it as data when a state map is
// first shown, so it is never part of a JavaScript bundle. Re-run after upgrading the package:
//   node scripts/build-state-shapes.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import mexico from '@svg-maps/mexico';

const TOLERANCE = 0.6;
const round = (v) => Math.round(v * 10) / 10;

/** The package's paths use m/M, l/L and z only (the app's parser refuses anything else). */
function rings(d) {
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const out = [];
  let ring = [];
  let command = 'M';
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/[A-Za-z]/.test(t)) {
      command = t;
      if (/z/i.test(t)) {
        if (ring.length) out.push(ring);
        ring = [];
        [x, y] = [sx, sy];
      }
      continue;
    }
    const [a, b] = [Number(t), Number(tokens[++i])];
    const relative = command === command.toLowerCase();
    [x, y] = relative ? [x + a, y + b] : [a, b];
    if (/m/i.test(command)) {
      if (ring.length) out.push(ring);
      ring = [];
      [sx, sy] = [x, y];
      command = relative ? 'l' : 'L';
    }
    ring.push([x, y]);
  }
  if (ring.length) out.push(ring);
  return out;
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function simplify(points) {
  if (points.length < 3) return points;
  let [worst, at] = [0, 0];
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i], points[0], points[points.length - 1]);
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= TOLERANCE) return [points[0], points[points.length - 1]];
  return [...simplify(points.slice(0, at + 1)).slice(0, -1), ...simplify(points.slice(at))];
}

/** A closed ring split at its farthest point, so both halves simplify with fixed ends. */
function simplifyRing(ring) {
  const far = ring.reduce(
    (best, p, i) =>
      Math.hypot(p[0] - ring[0][0], p[1] - ring[0][1]) >
      Math.hypot(ring[best][0] - ring[0][0], ring[best][1] - ring[0][1])
        ? i
        : best,
    0,
  );
  const closed = [...ring, ring[0]];
  const kept = [...simplify(closed.slice(0, far + 1)).slice(0, -1), ...simplify(closed.slice(far))].slice(0, -1);
  // An islet too small to simplify keeps its own points.
  return (kept.length >= 3 ? kept : ring).map(([x, y]) => [round(x), round(y)]);
}

function pathOf(list) {
  return list
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      const [[x0, y0], ...rest] = ring;
      let [x, y] = [x0, y0];
      const steps = rest.map(([px, py]) => {
        const step = `${round(px - x)},${round(py - y)}`;
        [x, y] = [px, py];
        return step;
      });
      return `M${x0},${y0}l${steps.join(' ')}z`;
    })
    .join('');
}

const out = {
  source: '@svg-maps/mexico (map of Mexico by MapSVG, https://mapsvg.com/maps/mexico)',
  licence:
    'CC BY 4.0, https://creativecommons.org/licenses/by/4.0/ (simplified and rounded by scripts/build-state-shapes.mjs)',
  viewBox: mexico.viewBox,
  locations: mexico.locations.map(({ id, name, path }) => ({ id, name, path: pathOf(rings(path).map(simplifyRing)) })),
};
mkdirSync(new URL('../public/geo/', import.meta.url), { recursive: true });
writeFileSync(new URL('../public/geo/mexico-states.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`public/geo/mexico-states.json: ${out.locations.length} states`);
