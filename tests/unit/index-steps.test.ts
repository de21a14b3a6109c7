import { describe, expect, it } from 'vitest';
import type { Cluster } from '@/domain/types';
import { runSteps, type StepProgress } from '@/domain/steps';
import { buildIndex, buildIndexSteps } from '@/domain/ranking/build-index';
import { nameOrderOf } from '@/domain/ranking/name-order';
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

describe('the index in steps', () => {
  it('orders names as the Spanish collator does, ties by id', () => {
    const many: Cluster[] = ['Ñandú', 'Nube', 'árbol', 'Zeta', 'Árbol', 'nube'].map((name, i) => ({
      ...dataset.clusters[0]!,
      id: `c-${5 - i}`,
      name,
    }));
    const byPosition = [...nameOrderOf(many)];
    const sortedNames = many.map((c, i) => [byPosition[i]!, c.name] as const).sort((x, y) => x[0] - y[0]);
    expect(sortedNames.map(([, name]) => name)).toEqual(['árbol', 'Árbol', 'nube', 'Nube', 'Ñandú', 'Zeta']);
  });

  it('takes a name order computed elsewhere (the worker) when it is for as many clusters', () => {
    const given = Int32Array.from(dataset.clusters, (_, i) => dataset.clusters.length - 1 - i);
    expect(runSteps(buildIndexSteps(dataset, given)).nameOrder).toBe(given);
    expect([...runSteps(buildIndexSteps(dataset, new Int32Array(3))).nameOrder]).toEqual([
      ...nameOrderOf(dataset.clusters),
    ]);
  });

  it('yields clusters done of the dataset size, and builds the same index as buildIndex', () => {
    const clusters = Array.from({ length: 1200 }, (_, i) => ({ ...dataset.clusters[i % 116]!, id: `c-${i}` }));
    const big = { ...dataset, clusters };
    const { result, yields } = drain(buildIndexSteps(big));
    expect(yields).toEqual([500, 1000].map((done) => ({ done, total: 1200 })));
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
