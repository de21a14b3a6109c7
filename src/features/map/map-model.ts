import { COLOR } from '@/components/theme';
import { formatPoints } from '@/domain/format';
import { labelText } from '@/domain/labels';
import type { Match, StateStrength } from '@/domain/ranking/types';
import type { MexicanState, Position, StateCode } from '@/domain/types';

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
  /** The score (0–100); count bubbles are coloured by their best. */
  total: number;
  /** The list's own rounding (one decimal at most), so popup and list agree: "50.9/100". */
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
      total,
      scoreText: `${formatPoints(total)}/100`,
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
