import { COLOR } from '@/components/theme';
import { labelText } from '@/domain/labels';
import type { Match, StateStrength } from '@/domain/ranking/types';
import type { MexicanState, Position, StateCode } from '@/domain/types';
import { project, unproject, type PixelPoint } from '@/features/map/map-projection';

export type LatLngPair = [number, number];
export type Bounds = [LatLngPair, LatLngPair];

// Mexico with a little of its neighbours around it.
export const MEXICO_BOUNDS: Bounds = [
  [14.2, -118.6],
  [32.9, -86.5],
];

export interface ScoreBand {
  min: number;
  max: number;
  colour: string;
}

// Dark = high, so the best matches stand out on the pale base map; the legend spells out the numbers.
export const SCORE_BANDS: readonly ScoreBand[] = [
  { min: 75, max: 100, colour: COLOR['brand-900'] },
  { min: 50, max: 74, colour: COLOR['brand-600'] },
  { min: 25, max: 49, colour: COLOR['brand-400'] },
  { min: 0, max: 24, colour: COLOR['brand-200'] },
];

export function scoreColour(score: number): string {
  return (SCORE_BANDS.find((b) => Math.round(score) >= b.min) ?? SCORE_BANDS[SCORE_BANDS.length - 1]).colour;
}

/** 5 px at score 0 to 10 px at 100: size repeats the colour so neither carries meaning alone. */
export function markerRadius(score: number): number {
  return 5 + (Math.max(0, Math.min(100, score)) / 100) * 5;
}

export interface MapMarker {
  id: string;
  name: string;
  rank: number;
  lat: number;
  lng: number;
  precision: Position['precision'];
  /** Whole points, as read aloud: "72/100". */
  scoreText: string;
  labelText: string;
  /** State name, or null when the sources do not state it. */
  stateName: string | null;
  colour: string;
  radius: number;
}

/** One marker per match with a position; the rest are only counted (they stay in the list). */
export function markersFromMatches(matches: readonly Match[]): { markers: MapMarker[]; unplaced: number } {
  const markers: MapMarker[] = [];
  for (const { cluster, total, rank, label, stateName } of matches) {
    if (!cluster.position) continue;
    markers.push({
      id: cluster.id,
      name: cluster.name,
      rank,
      lat: cluster.position.lat,
      lng: cluster.position.lng,
      precision: cluster.position.precision,
      scoreText: `${Math.round(total)}/100`,
      labelText: labelText(label),
      stateName,
      colour: scoreColour(total),
      radius: markerRadius(total),
    });
  }
  return { markers, unplaced: matches.length - markers.length };
}

export const MAX_BUBBLE_RADIUS = 28;

/** Radius ∝ index; a floor keeps weak-but-present states visible. 0 means no bubble. */
export function bubbleRadius(index: number): number {
  if (!(index > 0)) return 0;
  return Math.max(3, MAX_BUBBLE_RADIUS * Math.min(1, index));
}

export interface StateBubble {
  code: StateCode;
  lat: number;
  lng: number;
  radius: number;
  why: string;
}

/** Biggest first, so smaller bubbles are drawn on top and stay hoverable. */
export function stateBubbles(strengths: readonly StateStrength[], states: readonly MexicanState[]): StateBubble[] {
  const byCode = new Map(states.map((s) => [s.code, s]));
  const bubbles: StateBubble[] = [];
  for (const s of strengths) {
    const state = byCode.get(s.code);
    const radius = bubbleRadius(s.index);
    if (!state || radius === 0) continue;
    bubbles.push({ code: s.code, lat: state.position.lat, lng: state.position.lng, radius, why: s.why });
  }
  return bubbles.sort((a, b) => b.radius - a.radius || a.code.localeCompare(b.code));
}

/** Bounds of the given points, or null when there are none (callers fall back to Mexico). */
export function pointsBounds(points: ReadonlyArray<{ lat: number; lng: number }>): Bounds | null {
  if (points.length === 0) return null;
  let [s, w, n, e] = [90, 180, -90, -180];
  for (const p of points) {
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
    w = Math.min(w, p.lng);
    e = Math.max(e, p.lng);
  }
  return [
    [s, w],
    [n, e],
  ];
}

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
