// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA, EMPTY_FILTERS, type CriterionId, type Filters, type Profile, type Weights } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import type { Match } from '@/domain/ranking/types';
import type { Dataset, StateCode } from '@/domain/types';
import { miniDataset } from '../fixtures/mini-dataset';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';
import { weightsArb } from '../fixtures/weights-arb';

// A same-named twin makes the id tie-break matter.
const twin = { ...miniDataset.clusters[0]!, id: 'aero-nl-twin', labels: [], eccpMember: false };
const dataset: Dataset = { ...miniDataset, clusters: [...miniDataset.clusters, twin] };
const index = buildIndex(dataset);

const day = fc
  .integer({ min: 0, max: 8 * 365 })
  .map((d) => new Date(Date.UTC(2015, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const profileArb: fc.Arbitrary<Profile> = fc.record({
  sectors: fc.subarray([...dataset.sectors.map((s) => s.id), 'unknown-sector']),
  interests: fc.subarray([...dataset.interests.map((i) => i.id), 'unknown-interest']),
  country: fc.constantFrom('Spain', 'Austria', 'denmark', 'France', null),
  preferredStates: fc.subarray<StateCode>(['NLE', 'QUE', 'JAL', 'BCN', 'CHH', 'SON']),
  euClusterId: fc.constantFrom('hegan', 'acstyria', 'nope', null),
  asOf: day,
});
const filtersArb: fc.Arbitrary<Filters> = fc.oneof(
  fc.constant(EMPTY_FILTERS),
  fc.record({
    states: fc.subarray<StateCode>(['NLE', 'QUE', 'BCN']),
    labelLevels: fc.subarray(['gold', 'silver', 'bronze'] as const),
    labelValidity: fc.constantFrom('any', 'valid', 'expired', 'none'),
    eccpOnly: fc.boolean(),
    sectors: fc.subarray(['aerospace', 'ict', 'automotive']),
    query: fc.constantFrom('', 'cluster', 'nuevo leon', 'CLÚSTER de'),
  }),
);
const factorArb = fc.constantFrom(0, 0.25, 0.5, 1);

const run = (p: Profile, weights: Weights, filters: Filters = EMPTY_FILTERS, factor = 0.5, idx = index) =>
  rank(p, idx, { weights, expiredLabelFactor: factor, filters });
const byId = (matches: Match[]) => new Map(matches.map((m) => [m.cluster.id, m]));

describe('ranking properties', () => {
  it('keeps totals within 0–100, contributions summing to the total, sorted with 1-based ranks', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(profileArb, weightsArb, filtersArb, factorArb, (p, w, f, factor) => {
        const matches = run(p, w, f, factor);
        matches.forEach((m, i) => {
          expect(m.rank).toBe(i + 1);
          expect(m.total).toBeGreaterThanOrEqual(0);
          expect(m.total).toBeLessThanOrEqual(100);
          expect(m.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
          for (const c of m.criteria) {
            expect(c.score).toBeGreaterThanOrEqual(0);
            expect(c.score).toBeLessThanOrEqual(1);
          }
          expect(Math.abs(m.criteria.reduce((s, c) => s + c.contribution, 0) - m.total)).toBeLessThanOrEqual(
            0.05 + 1e-9,
          );
          expect(m.reasons.length).toBeGreaterThanOrEqual(2);
          expect(m.reasons.length).toBeLessThanOrEqual(4);
          if (i > 0) expect(matches[i - 1]!.total).toBeGreaterThanOrEqual(m.total);
        });
      }),
      propertyRuns(100),
    );
  });

  it('never lowers a total when raising the weight of a criterion the cluster fully meets', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(
        profileArb,
        weightsArb,
        fc.constantFrom(...CRITERIA),
        fc.integer({ min: 1, max: 10 }),
        (p, w, id, delta) => {
          const before = run(p, w);
          const after = byId(run(p, { ...w, [id]: w[id] + delta }));
          for (const m of before) {
            const c = m.criteria.find((x) => x.id === id);
            if (c?.score === 1) expect(after.get(m.cluster.id)!.total).toBeGreaterThanOrEqual(m.total);
          }
        },
      ),
      propertyRuns(100),
    );
  });

  it('gives weight 0 no contribution, and then ignores that part of the profile', PROPERTY_TEST, () => {
    const removals: Array<[CriterionId, (p: Profile) => Profile]> = [
      ['interests', (p) => ({ ...p, interests: [] })],
      ['links', (p) => ({ ...p, country: null, euClusterId: null })],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...removals), profileArb, weightsArb, ([id, remove], p, w) => {
        const zero = { ...w, [id]: 0 };
        const before = run(p, zero);
        for (const m of before) expect(m.criteria.find((c) => c.id === id)!.contribution).toBe(0);
        const after = byId(run(remove(p), zero));
        for (const m of before) expect(after.get(m.cluster.id)!.total).toBe(m.total);
      }),
      propertyRuns(100),
    );
    fc.assert(
      fc.property(profileArb, weightsArb, factorArb, (p, w, factor) => {
        const zero = { ...w, label: 0 };
        expect(run(p, zero, EMPTY_FILTERS, factor).map((m) => m.total)).toEqual(run(p, zero).map((m) => m.total));
      }),
      propertyRuns(100),
    );
  });

  it('does not depend on the input order of clusters', PROPERTY_TEST, () => {
    const n = dataset.clusters.length;
    fc.assert(
      fc.property(
        profileArb,
        weightsArb,
        filtersArb,
        fc.shuffledSubarray(dataset.clusters, { minLength: n, maxLength: n }),
        (p, w, f, shuffled) => {
          const shuffledIndex = buildIndex({ ...dataset, clusters: shuffled });
          const ids = (ms: Match[]) => ms.map((m) => `${m.cluster.id}:${m.total}`);
          expect(ids(run(p, w, f, 0.5, shuffledIndex))).toEqual(ids(run(p, w, f)));
        },
      ),
      propertyRuns(100),
    );
  });

  it('is deterministic', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(profileArb, weightsArb, filtersArb, (p, w, f) => {
        // JSON goes through Match.toJSON, so the lazily built criteria and reasons are compared too.
        expect(JSON.parse(JSON.stringify(run(p, w, f)))).toEqual(JSON.parse(JSON.stringify(run(p, w, f))));
      }),
      propertyRuns(100),
    );
  });
});
