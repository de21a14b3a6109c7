import type { LatLngPair } from '@/features/map/map-model';
import { project, unproject, type PixelPoint } from '@/features/map/map-projection';

export const MARKER_SPACING = 20;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
// The sunflower spiral below keeps neighbours ≥ 1.546·c apart for any count (checked numerically).
const SPIRAL_MIN_GAP = 1.5;
const RING_MAX = 6;

/** Offsets around a shared centre: a ring for small groups, a sunflower spiral for big ones. */
function groupOffsets(count: number, spacing: number): PixelPoint[] {
  if (count <= 1) return [{ x: 0, y: 0 }];
  if (count <= RING_MAX) {
    const r = spacing / (2 * Math.sin(Math.PI / count));
    return Array.from({ length: count }, (_, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
      return { x: r * Math.cos(a), y: r * Math.sin(a) };
    });
  }
  const c = spacing / SPIRAL_MIN_GAP;
  return Array.from({ length: count }, (_, i) => {
    const r = c * Math.sqrt(i + 0.5);
    return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
  });
}

/** The furthest a point of a group of `count` is moved from its centre. */
export function spreadRadius(count: number, spacing = MARKER_SPACING): number {
  if (count <= 1) return 0;
  if (count <= RING_MAX) return spacing / (2 * Math.sin(Math.PI / count));
  return (spacing / SPIRAL_MIN_GAP) * Math.sqrt(count - 0.5);
}

/**
 * Spreads points (in pixels) that sit within `mergeDistance` of a group's first point around
 * that point, so none hides another. Deterministic: groups and slots follow the input order, so
 * the best-ranked match of a group takes the first slot.
 */
export function spreadMarkers<T extends PixelPoint>(
  points: readonly T[],
  spacing = MARKER_SPACING,
  mergeDistance = spacing,
): Array<T & { sx: number; sy: number }> {
  const groups: { anchor: PixelPoint; size: number }[] = [];
  const placement = points.map((p) => {
    let g = groups.findIndex((gr) => Math.hypot(gr.anchor.x - p.x, gr.anchor.y - p.y) <= mergeDistance);
    if (g < 0) g = groups.push({ anchor: { x: p.x, y: p.y }, size: 0 }) - 1;
    const group = groups[g];
    return { group, slot: group.size++ };
  });
  const slots = new Map(groups.map((g) => [g, groupOffsets(g.size, spacing)]));
  return points.map((p, i) => {
    const { group, slot } = placement[i];
    const offset = slots.get(group)?.[slot] ?? { x: 0, y: 0 };
    return { ...p, sx: group.anchor.x + offset.x, sy: group.anchor.y + offset.y };
  });
}

/** Marker positions for the current zoom: spread in pixels, returned as lat/lng. */
export function placeMarkers<T extends { lat: number; lng: number }>(
  markers: readonly T[],
  zoom: number,
): Array<T & { at: LatLngPair }> {
  const projected = markers.map((m) => ({ ...project(m.lat, m.lng, zoom), marker: m }));
  return spreadMarkers(projected).map(({ x, y, sx, sy, marker }) => {
    // Not moved: keep the exact position (a round trip through pixels is off in the last digits).
    if (sx === x && sy === y) return { ...marker, at: [marker.lat, marker.lng] };
    const { lat, lng } = unproject(sx, sy, zoom);
    return { ...marker, at: [lat, lng] };
  });
}
