import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { formatPoints } from '@/domain/format';
import { defaultProfile } from '@/domain/profile';
import { rank, DEFAULT_RANK_OPTIONS } from '@/domain/ranking/rank';
import { stateStrength } from '@/domain/ranking/state-strength';
import { buildIndex } from '@/domain/ranking/build-index';
import type { StateStrength } from '@/domain/ranking/types';
import {
  MAX_BUBBLE_RADIUS,
  SCORE_BANDS,
  bubbleRadius,
  markerRadius,
  markersFromMatches,
  pointsBounds,
  scoreColour,
  stateBubbles,
} from '@/features/map/map-model';
import { MARKER_SPACING, placeMarkers, spreadMarkers, spreadRadius } from '@/features/map/marker-spread';
import { project, unproject } from '@/features/map/map-projection';
import { mapRawFixture } from '../fixtures/map-raw-files';

const dist = (a: { sx: number; sy: number }, b: { sx: number; sy: number }) => Math.hypot(a.sx - b.sx, a.sy - b.sy);

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

describe('spreadMarkers', () => {
  it('leaves a lone point where it is', () => {
    expect(spreadMarkers([{ x: 10, y: 20 }])).toEqual([{ x: 10, y: 20, sx: 10, sy: 20 }]);
  });

  it('leaves points far apart where they are', () => {
    const out = spreadMarkers([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
    expect(out.map((p) => [p.sx, p.sy])).toEqual([
      [0, 0],
      [100, 0],
    ]);
  });

  it.each([2, 3, 5, 6, 7, 14, 40, 120])(
    'places %i co-located points apart from each other and within the spread radius',
    (count) => {
      const points = Array.from({ length: count }, (_, i) => ({ x: 500, y: 300, id: i }));
      const out = spreadMarkers(points);
      const keys = new Set(out.map((p) => `${p.sx.toFixed(6)},${p.sy.toFixed(6)}`));
      expect(keys.size).toBe(count);
      for (const [a, b] of pairs(out)) expect(dist(a, b)).toBeGreaterThanOrEqual(MARKER_SPACING * 0.999);
      const radius = spreadRadius(count);
      for (const p of out) expect(Math.hypot(p.sx - 500, p.sy - 300)).toBeLessThanOrEqual(radius + 1e-9);
      expect(out.map((p) => p.id)).toEqual(points.map((p) => p.id));
    },
  );

  it('is deterministic', () => {
    const points = Array.from({ length: 9 }, (_, i) => ({ x: i % 3, y: 0 }));
    expect(spreadMarkers(points)).toEqual(spreadMarkers(points));
  });

  it('groups points that are only nearly co-located at this zoom', () => {
    const out = spreadMarkers([
      { x: 0, y: 0 },
      { x: 3, y: 2 },
    ]);
    expect(dist(out[0], out[1])).toBeGreaterThanOrEqual(MARKER_SPACING * 0.999);
  });
});

describe('placeMarkers', () => {
  it('gives co-located markers distinct positions near the shared one, at any zoom', () => {
    const markers = Array.from({ length: 14 }, (_, i) => ({ id: `c${i}`, lat: 25.6866, lng: -100.3161 }));
    for (const zoom of [4.5, 7, 11]) {
      const placed = placeMarkers(markers, zoom);
      expect(new Set(placed.map((m) => m.at.join(','))).size).toBe(14);
      const centre = project(25.6866, -100.3161, zoom);
      for (const m of placed) {
        const p = project(m.at[0], m.at[1], zoom);
        expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThanOrEqual(spreadRadius(14) + 1e-6);
      }
    }
  });

  it('leaves a marker with no neighbour exactly where it is (no leg is drawn for it)', () => {
    const markers = [
      { id: 'coast', lat: 19.05, lng: -104.31 },
      { id: 'north', lat: 25.6866, lng: -100.3161 },
    ];
    for (const zoom of [4.5, 5, 7, 11])
      expect(placeMarkers(markers, zoom).map((m) => m.at)).toEqual([
        [19.05, -104.31],
        [25.6866, -100.3161],
      ]);
  });

  it('round-trips the projection', () => {
    const p = project(19.4326, -99.1332, 6);
    const back = unproject(p.x, p.y, 6);
    expect(back.lat).toBeCloseTo(19.4326, 9);
    expect(back.lng).toBeCloseTo(-99.1332, 9);
  });
});

describe('score scale', () => {
  it('maps each band to its colour, dark for high scores', () => {
    expect(scoreColour(100)).toBe(SCORE_BANDS[0].colour);
    expect(scoreColour(74.6)).toBe(SCORE_BANDS[0].colour);
    expect(scoreColour(74.4)).toBe(SCORE_BANDS[1].colour);
    expect(scoreColour(30)).toBe(SCORE_BANDS[2].colour);
    expect(scoreColour(0)).toBe(SCORE_BANDS[3].colour);
  });

  it('grows the marker with the score, within 5–10 px', () => {
    expect(markerRadius(0)).toBe(5);
    expect(markerRadius(100)).toBe(10);
    expect(markerRadius(60)).toBeGreaterThan(markerRadius(40));
    expect(markerRadius(250)).toBe(10);
  });
});

describe('markersFromMatches', () => {
  const { dataset } = parseDataset(mapRawFixture());
  const index = buildIndex(dataset);
  const profile = { ...defaultProfile('2026-01-01'), sectors: ['aerospace'] };
  const matches = rank(profile, index, DEFAULT_RANK_OPTIONS);
  const { markers, unplaced } = markersFromMatches(matches);

  it('makes one marker per match with a position and counts the rest', () => {
    expect(matches).toHaveLength(6);
    expect(markers.map((m) => m.id).sort()).toEqual(
      ['coastal-aero', 'monterrey-aerocluster', 'nl-aero-suppliers', 'nl-ict', 'queretaro-aero'].sort(),
    );
    expect(unplaced).toBe(1);
  });

  it('spells out score, label and state', () => {
    const byId = new Map(markers.map((m) => [m.id, m]));
    const match = matches.find((m) => m.cluster.id === 'queretaro-aero');
    expect(byId.get('queretaro-aero')).toMatchObject({
      // The list's rounding (formatPoints), not whole points: popup and list never disagree.
      scoreText: `${formatPoints(match?.total ?? -1)}/100`,
      labelText: 'Silver ESCA label, valid until 31 Dec 2099',
      stateName: 'Querétaro',
      precision: 'city',
    });
    expect(byId.get('monterrey-aerocluster')?.labelText).toBe('Bronze ESCA label, expired 3 May 2019');
    expect(byId.get('nl-ict')?.labelText).toBe('No ESCA label');
    expect(byId.get('coastal-aero')?.stateName).toBeNull();
    expect(byId.get('queretaro-aero')?.rank).toBe(match?.rank);
  });
});

describe('state bubbles', () => {
  it('has a radius proportional to the index, none for 0', () => {
    expect(bubbleRadius(1)).toBe(MAX_BUBBLE_RADIUS);
    expect(bubbleRadius(0.5)).toBe(MAX_BUBBLE_RADIUS / 2);
    expect(bubbleRadius(0)).toBe(0);
    expect(bubbleRadius(0.01)).toBe(3);
  });

  it('places a bubble per state with strength, biggest first, carrying the why sentence', () => {
    const { dataset } = parseDataset(mapRawFixture());
    const strengths = stateStrength(buildIndex(dataset), 'aerospace');
    const bubbles = stateBubbles(strengths, dataset.states);
    expect(bubbles.length).toBeGreaterThan(0);
    for (let i = 1; i < bubbles.length; i++) expect(bubbles[i - 1].radius).toBeGreaterThanOrEqual(bubbles[i].radius);
    const nle = bubbles.find((b) => b.code === 'NLE');
    expect(nle?.why).toMatch(/Nuevo León/);
    expect(nle).toMatchObject({ lat: 25.6866, lng: -100.3161 });
  });

  it('skips states with no strength or no known position', () => {
    const strengths: StateStrength[] = [
      { code: 'NLE', sector: 'x', index: 0, raw: 0, why: 'none' },
      { code: 'YUC', sector: 'x', index: 1, raw: 3, why: 'not in the dataset' },
    ];
    const { dataset } = parseDataset(mapRawFixture());
    expect(stateBubbles(strengths, dataset.states)).toEqual([]);
  });
});

describe('pointsBounds', () => {
  it('spans the points, or is null without any', () => {
    expect(pointsBounds([])).toBeNull();
    expect(
      pointsBounds([
        { lat: 20, lng: -100 },
        { lat: 25, lng: -103 },
      ]),
    ).toEqual([
      [20, -103],
      [25, -100],
    ]);
  });
});
