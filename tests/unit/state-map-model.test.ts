// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mexico from '@svg-maps/mexico';
import { describe, expect, it } from 'vitest';
import { COLOR } from '@/components/theme';
import { parseDataset } from '@/data/parse-dataset';
import { buildIndex } from '@/domain/ranking/build-index';
import { stateStrength } from '@/domain/ranking/state-strength';
import { strengthLevel } from '@/domain/ranking/strength-level';
import { buildStateMap, LEVEL_FILL, type StateShapes } from '@/features/map/state-map-model';
import { stateAreaText } from '@/features/map/state-map-text';
import { pathRings, placeLabel, ringCentroid } from '@/features/map/svg-path';
import { readPublicDataset } from '../fixtures/public-data';

const shapes = JSON.parse(
  readFileSync(join(process.cwd(), 'public', 'geo', 'mexico-states.json'), 'utf8'),
) as StateShapes;
const original = mexico as StateShapes;
const dataset = parseDataset(readPublicDataset()).dataset;
const index = buildIndex(dataset);

/** Even-odd test: is the point inside any ring? */
function inside(rings: ReturnType<typeof pathRings>, x: number, y: number): boolean {
  let hit = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  return hit;
}

describe('svg path geometry', () => {
  it('reads relative and absolute moves, implicit linetos and closes', () => {
    expect(pathRings('m 10,10 5,0 0,5 z m 20,0 5,0 0,5 z M 0,0 L 1,0 1,1 z')).toEqual([
      [
        [10, 10],
        [15, 10],
        [15, 15],
      ],
      [
        [30, 10],
        [35, 10],
        [35, 15],
      ],
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
    ]);
  });

  it('refuses path commands it does not know instead of drawing a wrong shape', () => {
    expect(() => pathRings('M 0,0 C 1,1 2,2 3,3 z')).toThrow(/unsupported/);
  });

  it('finds the area and centroid of a square', () => {
    expect(ringCentroid(pathRings('M 0,0 L 4,0 4,4 0,4 z')[0] ?? [])).toEqual({ area: 16, x: 2, y: 2 });
  });

  it('puts a label on land even where the centroid falls outside (a U shape), or nowhere if it cannot fit', () => {
    const rings = pathRings('M 0,0 L 30,0 30,30 20,30 20,10 10,10 10,30 0,30 z');
    const at = placeLabel(rings, 8, 4);
    expect(at && inside(rings, at.x, at.y)).toBe(true);
    // Only the top bar (30 wide, 10 high) is wide enough for 20 units of text.
    expect(placeLabel(rings, 20, 4)?.y).toBeLessThan(10);
    expect(placeLabel(rings, 31, 4)).toBeNull();
  });
});

describe('the bundled outlines (public/geo, built from @svg-maps/mexico)', () => {
  const box = (path: string) => {
    const points = pathRings(path).flat();
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  };

  it('keep every state of the package, its id, name and the credit of its licence', () => {
    expect(shapes.viewBox).toBe(original.viewBox);
    expect(shapes.locations.map((l) => [l.id, l.name])).toEqual(original.locations.map((l) => [l.id, l.name]));
    expect(JSON.stringify(shapes)).toMatch(/CC BY 4\.0/);
  });

  it('stay within a unit of the original outlines (simplified, not moved)', () => {
    shapes.locations.forEach((location, i) => {
      const simple = box(location.path);
      const full = box(original.locations[i]?.path ?? '');
      simple.forEach((v, k) => expect(Math.abs(v - (full[k] ?? 0)), `${location.id} box ${k}`).toBeLessThan(1));
    });
  });
});

describe('the state map model', () => {
  const strengths = stateStrength(index, 'aerospace');
  const model = buildStateMap(shapes, dataset.states, strengths, 12);

  it('has the 32 states, each once, named as the dataset names them', () => {
    expect(model.areas).toHaveLength(32);
    expect(model.unmatched).toEqual([]);
    expect(new Set(model.areas.map((a) => a.code)).size).toBe(32);
    const names = new Map(dataset.states.map((s) => [s.code, s.name]));
    for (const area of model.areas) expect(area.name).toBe(names.get(area.code));
  });

  it('takes each level from the domain state strength for the chosen sector', () => {
    for (const area of model.areas) {
      const strength = strengths.find((s) => s.code === area.code);
      expect(area.index).toBe(strength?.index ?? 0);
      expect(area.level).toBe(strengthLevel(area.index));
      expect(area.fill).toBe(LEVEL_FILL[area.level]);
      expect(area.why).toBe(strength?.why);
    }
    // The strongest aerospace state is strong; not every state is (a choropleth, not one colour).
    expect(model.areas.find((a) => a.index === 1)?.level).toBe('strong');
    expect(new Set(model.areas.map((a) => a.level)).size).toBeGreaterThanOrEqual(3);
  });

  it('names each state with its level in words', () => {
    const queretaro = model.areas.find((a) => a.code === 'QUE');
    expect(queretaro && stateAreaText(queretaro, 'aerospace')).toMatch(
      /^Querétaro: (strong|fair|modest) in aerospace$/,
    );
    expect(queretaro && stateAreaText({ ...queretaro, level: 'none' }, null)).toBe(
      'Querétaro: no clusters in the sources',
    );
  });

  it('writes every label inside its own state, full names where they fit and abbreviations elsewhere', () => {
    for (const area of model.areas) {
      if (!area.label) continue;
      expect(inside(pathRings(area.path), area.label.x, area.label.y), area.name).toBe(true);
    }
    const label = (code: string) => model.areas.find((a) => a.code === code)?.label?.text;
    expect(label('CHH')).toBe('Chihuahua');
    expect(label('TLA')).not.toBe('Tlaxcala');
    // Larger type leaves fewer full names.
    const big = buildStateMap(shapes, dataset.states, strengths, 30);
    const full = (m: typeof model) => m.areas.filter((a) => a.label?.text === a.name).length;
    expect(full(big)).toBeLessThan(full(model));
  });

  it('writes names on the darkest level in white, elsewhere in ink', () => {
    for (const area of model.areas)
      if (area.label) expect(area.label.fill).toBe(area.level === 'strong' ? COLOR.paper : COLOR.ink);
  });
});
