// Reads the state outlines of @svg-maps/mexico (path data made of m/M, l/L and z only) as point
// rings, so a state's name can be placed inside its largest part without the browser (jsdom has
// no getBBox) and the placement can be unit-tested.

export type Ring = Array<[number, number]>;

const TOKEN = /[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g;

/** Absolute rings of a path; throws on a command it does not know, rather than draw a wrong shape. */
export function pathRings(d: string): Ring[] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  let command = 'M';
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  const tokens = d.match(TOKEN) ?? [];
  if (/[^MmLlZz\d\s,.eE+-]/.test(d)) throw new Error(`unsupported path command in "${d.slice(0, 40)}…"`);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (/[A-Za-z]/.test(token)) {
      command = token;
      if (command === 'z' || command === 'Z') {
        if (ring.length > 0) rings.push(ring);
        ring = [];
        [x, y] = [startX, startY];
      }
      continue;
    }
    const a = Number(token);
    const b = Number(tokens[++i]);
    const relative = command === command.toLowerCase();
    [x, y] = relative ? [x + a, y + b] : [a, b];
    if (command === 'm' || command === 'M') {
      if (ring.length > 0) rings.push(ring);
      ring = [];
      [startX, startY] = [x, y];
      // Pairs after a moveto are linetos of the same kind.
      command = relative ? 'l' : 'L';
    }
    ring.push([x, y]);
  }
  if (ring.length > 0) rings.push(ring);
  return rings;
}

/** Signed area (shoelace) and area centroid of a ring. */
export function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let twice = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[(i + 1) % ring.length] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    twice += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (twice === 0) return { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 };
  return { area: Math.abs(twice / 2), x: cx / (3 * twice), y: cy / (3 * twice) };
}

/** [from, to] spans of a ring on the horizontal line at `y`, left to right. */
function spansAt(ring: Ring, y: number): Array<[number, number]> {
  const xs: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[(i + 1) % ring.length] as [number, number];
    if (y0 <= y !== y1 <= y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
  }
  xs.sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < xs.length; i += 2) spans.push([xs[i] as number, xs[i + 1] as number]);
  return spans;
}

/** Room for a line of text centred on x at y: twice the distance to the nearer edge of land. */
function roomAt(ring: Ring, x: number, y: number): number {
  const span = spansAt(ring, y).find(([from, to]) => from <= x && x <= to);
  return span ? 2 * Math.min(x - span[0], span[1] - x) : 0;
}

// Horizontal lines tried across a state's largest part, nearest its centroid first.
const LINES = 24;

/**
 * Where a line of text `width` long and `height` high fits inside the largest part of a state:
 * the centre of a stretch of land wide enough at the text's middle, top and bottom, on the line
 * nearest the part's centroid (a curved state's centroid can lie outside it). Null if none does.
 */
export function placeLabel(rings: readonly Ring[], width: number, height: number): { x: number; y: number } | null {
  let best = { area: -1, x: 0, y: 0 };
  let ring: Ring = [];
  for (const candidate of rings) {
    const c = ringCentroid(candidate);
    if (c.area > best.area) [best, ring] = [c, candidate];
  }
  const ys = ring.map((p) => p[1]);
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const lines = Array.from({ length: LINES }, (_, i) => top + ((i + 0.5) / LINES) * (bottom - top)).sort(
    (a, b) => Math.abs(a - best.y) - Math.abs(b - best.y),
  );
  for (const y of lines) {
    const spans = spansAt(ring, y).sort(
      (a, b) => Math.abs((a[0] + a[1]) / 2 - best.x) - Math.abs((b[0] + b[1]) / 2 - best.x),
    );
    for (const [from, to] of spans) {
      const x = (from + to) / 2;
      const room = Math.min(roomAt(ring, x, y), roomAt(ring, x, y - height / 2), roomAt(ring, x, y + height / 2));
      if (room >= width) return { x, y };
    }
  }
  return null;
}
