// @vitest-environment node
// Relevance first (src/domain/ranking/total.ts) on the real dataset and under random weights: a
// cluster with no fit in the chosen sector never outranks one with fit, and the list's default
// (clusters with fit) is a prefix of the one ranking, counted from it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { EMPTY_FILTERS, WEIGHT_PRESETS, defaultProfile, type Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank, rankAll } from '@/domain/ranking/rank';
import { countByFit, withFit } from '@/domain/ranking/relevance';
import type { Match } from '@/domain/ranking/types';
import { miniDataset } from '../fixtures/mini-dataset';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';
import { weightsArb } from '../fixtures/weights-arb';
import { readPublicDataset } from '../fixtures/public-data';

const dataset = parseDataset(readPublicDataset()).dataset;
const index = buildIndex(dataset);
const SEED_SECTORS = ['automotive', 'aerospace', 'renewable-energy', 'ict', 'biotechnology'];
const INTEREST_SETS = [[], ['rd-innovation', 'supply-chain', 'market-access', 'missions-matchmaking']];
const inSector = (m: Match, sector: string) => m.cluster.sectors.some((s) => s.id === sector);

describe('relevance first on the real dataset', () => {
  it('knows every seed sector', () => {
    for (const id of SEED_SECTORS) expect(dataset.sectors.map((s) => s.id)).toContain(id);
  });

  const cases = SEED_SECTORS.flatMap((sector) =>
    WEIGHT_PRESETS.flatMap((preset) =>
      INTEREST_SETS.map((interests) => ({ sector, preset: preset.id, weights: preset.weights, interests })),
    ),
  );
  it.each(cases)('$sector × $preset ($interests.length interests): the top k are all in the sector', (c) => {
    const k = Math.min(8, dataset.clusters.filter((cl) => cl.sectors.some((s) => s.id === c.sector)).length);
    expect(k).toBeGreaterThan(0);
    const profile: Profile = { ...defaultProfile('2026-01-01'), sectors: [c.sector], interests: c.interests };
    const top = rank(profile, index, { weights: c.weights, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS }).slice(
      0,
      k,
    );
    expect(top.filter((m) => !inSector(m, c.sector)).map((m) => m.cluster.name)).toEqual([]);
  });

  it('scores a cluster outside the chosen sector 0, whatever its label, ECCP membership or links', () => {
    const profile = { ...defaultProfile('2026-01-01'), sectors: ['renewable-energy'] };
    const ranking = rankAll(profile, index, { weights: WEIGHT_PRESETS[0]!.weights, expiredLabelFactor: 0.5 });
    const claut = ranking.byId('claut');
    expect(claut?.sectorFit).toBe(0);
    expect(claut?.total).toBe(0);
    expect(claut?.criteria.every((c) => c.contribution === 0)).toBe(true);
    expect(claut?.reasons[0]).toMatch(/outside your sectors; its other criteria count for nothing/);
  });

  it('counts the aerospace list as the issue reads it: 6 aerospace, the related ones, the others', () => {
    const profile = { ...defaultProfile('2026-01-01'), sectors: ['aerospace'] };
    const ranking = rankAll(profile, index, { weights: WEIGHT_PRESETS[0]!.weights, expiredLabelFactor: 0.5 });
    const counts = countByFit(ranking.all);
    const exact = dataset.clusters.filter((c) => c.sectors.some((s) => s.id === 'aerospace')).length;
    expect(counts.exact).toBe(exact);
    expect(counts.exact + counts.related + counts.others).toBe(dataset.clusters.length);
    // The default list is the first exact + related of the ranking: exact, then related, then nothing else.
    const shown = withFit(ranking.all, counts);
    expect(shown.slice(0, exact).every((m) => m.sectorFit === 1)).toBe(true);
    expect(shown.slice(exact).every((m) => m.sectorFit > 0 && m.sectorFit < 1)).toBe(true);
    expect(ranking.all.slice(shown.length).every((m) => m.sectorFit === 0)).toBe(true);
  });
});

describe('relevance first under any weights', () => {
  const sectorArb = fc.subarray(
    dataset.sectors.map((s) => s.id),
    { minLength: 1, maxLength: 3 },
  );
  const interestsArb = fc.subarray(dataset.interests.map((i) => i.id));
  const statesArb = fc.subarray(['NLE', 'QUE', 'JAL', 'BCN', 'CHH'] as const);
  const factorArb = fc.constantFrom(0, 0.5, 1);

  it('never lists a cluster with no fit above one with fit, and the points add up', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(sectorArb, interestsArb, statesArb, weightsArb, factorArb, (sectors, interests, states, w, f) => {
        const profile: Profile = {
          ...defaultProfile('2026-01-01'),
          sectors,
          interests,
          preferredStates: [...states],
        };
        const all = rankAll(profile, index, { weights: w, expiredLabelFactor: f }).all;
        const firstOutside = all.findIndex((m) => m.sectorFit === 0);
        if (firstOutside >= 0) expect(all.slice(firstOutside).every((m) => m.sectorFit === 0)).toBe(true);
        for (const m of all.slice(0, 12)) {
          const sum = m.criteria.reduce((s, c) => s + c.contribution, 0);
          expect(Math.abs(sum - m.total)).toBeLessThanOrEqual(0.05 + 1e-9);
        }
      }),
      propertyRuns(150),
    );
  });

  it('holds on the hand-made dataset too, with unknown sectors and all weights 0', PROPERTY_TEST, () => {
    const mini = buildIndex(miniDataset);
    const sectors = fc.subarray([...miniDataset.sectors.map((s) => s.id), 'unknown-sector'], { minLength: 1 });
    fc.assert(
      fc.property(sectors, weightsArb, (chosen, w) => {
        const all = rankAll({ ...defaultProfile('2019-06-23'), sectors: chosen }, mini, {
          weights: w,
          expiredLabelFactor: 0.5,
        }).all;
        const fits = all.map((m) => m.sectorFit > 0);
        expect(fits).toEqual([...fits].sort((a, b) => Number(b) - Number(a)));
        for (const m of all) if (m.sectorFit === 0) expect(m.total).toBe(0);
      }),
      propertyRuns(200),
    );
  });
});
