import { describe, expect, it } from 'vitest';
import type { Cluster } from '@/domain/types';
import { runSteps, type StepProgress } from '@/domain/steps';
import { buildIndex, buildIndexSteps } from '@/domain/ranking/build-index';
import { compareClusterNames, nameOrderSteps, sortedPositionsSteps } from '@/domain/ranking/name-order';
import { parseDataset } from '@/data/parse-dataset';
import { buildSearchText } from '@/domain/text';
import { readPublicDataset } from '../fixtures/public-data';

const dataset = parseDataset(readPublicDataset()).dataset;

function drain<R>(steps: Generator<StepProgress, R>): { result: R; yields: StepProgress[] } {
  const yields: StepProgress[] = [];
  let next = steps.next();
  for (; !next.done; next = steps.next()) yields.push(next.value);
  return { result: next.value, yields };
}

describe('sortedPositionsSteps', () => {
  it('sorts like Array.prototype.sort, stably, for sizes around the run length', () => {
    for (const n of [0, 1, 7, 1023, 1024, 1025, 3000, 5000]) {
      const keys = Array.from({ length: n }, (_, i) => (i * 7919) % 97);
      const compare = (a: number, b: number) => (keys[a] as number) - (keys[b] as number);
      const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => compare(a, b) || a - b);
      expect([...runSteps(sortedPositionsSteps(n, compare))]).toEqual(expected);
    }
  });

  it('yields progress that only grows and ends at the total', () => {
    const { yields } = drain(sortedPositionsSteps(5000, (a, b) => b - a));
    expect(yields.length).toBeGreaterThan(5);
    for (let i = 1; i < yields.length; i++) expect(yields[i]!.done).toBeGreaterThanOrEqual(yields[i - 1]!.done);
    expect(yields.at(-1)!.done).toBeLessThanOrEqual(yields.at(-1)!.total);
  });
});

describe('the index in steps', () => {
  it('orders names as the Spanish collator does, ties by id', () => {
    const many: Cluster[] = Array.from({ length: 2500 }, (_, i) => {
      const base = dataset.clusters[i % dataset.clusters.length] as Cluster;
      return { ...base, id: `${base.id}-${i}` };
    });
    const nameOrder = runSteps(nameOrderSteps(many));
    const sorted = many.map((_, i) => i).sort((a, b) => compareClusterNames(many[a]!, many[b]!));
    sorted.forEach((clusterPos, sortedPos) => expect(nameOrder[clusterPos]).toBe(sortedPos));
  });

  it('yields clusters done of the dataset size, and builds the same index as buildIndex', () => {
    const clusters = Array.from({ length: 1200 }, (_, i) => ({ ...dataset.clusters[i % 116]!, id: `c-${i}` }));
    const big = { ...dataset, clusters };
    const { result, yields } = drain(buildIndexSteps(big));
    expect(yields.length).toBeGreaterThan(2);
    for (const y of yields) expect(y).toMatchObject({ total: 1200 });
    expect(yields.at(-1)!.done).toBeLessThanOrEqual(1200);
    const whole = buildIndex(big);
    expect([...result.nameOrder]).toEqual([...whole.nameOrder]);
    expect(result.facts.map((f) => f.sectorIds)).toEqual(whole.facts.map((f) => f.sectorIds));
  });

  it('builds the search text from name, aliases, acronym, city and state names when first read', () => {
    const index = buildIndex(dataset);
    const i = dataset.clusters.findIndex((c) => c.state && c.acronym);
    const c = dataset.clusters[i]!;
    const state = dataset.states.find((s) => s.code === c.state)!;
    expect(index.facts[i]!.search).toBe(
      buildSearchText([
        c.name,
        ...c.aliases,
        c.acronym,
        c.city,
        state.name,
        state.nameEn,
        ...state.aliases,
        state.code,
      ]),
    );
    expect(index.facts[i]!.search).toContain(c.acronym!.toLowerCase());
  });
});
