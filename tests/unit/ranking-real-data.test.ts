// @vitest-environment node
/// <reference types="node" />
// Sanity checks on the real dataset in public/data: asserts on whatever clusters exist there, found
// by sector and label rather than hard-coded ids, so it holds while the data evolves.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, defaultProfile, type Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { stateStrength } from '@/domain/ranking/state-strength';
import type { Cluster } from '@/domain/types';
import { readPublicDataset } from '../fixtures/public-data';

function loadDataset() {
  return parseDataset(readPublicDataset()).dataset;
}

const dataset = loadDataset();
const index = buildIndex(dataset);
const hasSector = (c: Cluster, id: string) => c.sectors.some((s) => s.id === id);
const options = { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS };
// The 2019 briefing's as-of date and a date long after every label expired.
const AS_OF = ['2019-03-01', '2026-01-01'];
const topIds = (profile: Profile, n: number) =>
  rank(profile, index, options)
    .slice(0, n)
    .map((m) => m.cluster.id);

describe('ranking on the real dataset', () => {
  it.each(AS_OF)('aerospace (as of %s): top 8 hold an aerospace cluster of each aerospace state', (asOf) => {
    const states = ['NLE', 'QUE', 'CHH', 'BCN', 'SON'].filter((code) =>
      dataset.clusters.some((c) => c.state === code && hasSector(c, 'aerospace')),
    );
    const top = topIds({ ...defaultProfile(asOf), sectors: ['aerospace'] }, 8);
    const byId = new Map(dataset.clusters.map((c) => [c.id, c]));
    for (const code of states) {
      expect(
        top.some((id) => byId.get(id)?.state === code && hasSector(byId.get(id)!, 'aerospace')),
        code,
      ).toBe(true);
    }
  });

  it.each(AS_OF)(
    'aerospace (as of %s): the aerospace clusters of the five aerospace states take the top places',
    (asOf) => {
      const five = new Set(['NLE', 'QUE', 'CHH', 'BCN', 'SON']);
      const expected = dataset.clusters
        .filter((c) => c.state !== null && five.has(c.state) && hasSector(c, 'aerospace'))
        .map((c) => c.id);
      const top = topIds({ ...defaultProfile(asOf), sectors: ['aerospace'] }, expected.length);
      expect(new Set(top)).toEqual(new Set(expected));
    },
  );

  it.each(AS_OF)('ICT (as of %s): labelled ICT clusters rank near the top', (asOf) => {
    const ict = dataset.clusters.filter((c) => hasSector(c, 'ict') && c.labels.length > 0);
    const dated = ict.filter((c) => c.labels.some((l) => l.validUntil !== null)).map((c) => c.id);
    const profile = { ...defaultProfile(asOf), sectors: ['ict'] };
    // The 2019 label holders (with validity dates) lead; the undated 2016 bronze holders follow
    // within the top tenth of the whole list.
    expect(topIds(profile, dated.length + 1)).toEqual(expect.arrayContaining(dated));
    expect(topIds(profile, Math.ceil(dataset.clusters.length / 10) + 1)).toEqual(
      expect.arrayContaining(ict.map((c) => c.id)),
    );
  });

  it('explains every match without throwing, in 2–4 reasons', () => {
    const profile: Profile = {
      ...defaultProfile('2026-01-01'),
      sectors: ['aerospace', 'ict'],
      interests: dataset.interests.slice(0, 2).map((i) => i.id),
      country: 'Spain',
      preferredStates: ['QUE'],
    };
    for (const m of rank(profile, index, options)) {
      expect(m.reasons.length).toBeGreaterThanOrEqual(2);
      expect(m.reasons.length).toBeLessThanOrEqual(4);
      expect(m.total).toBeGreaterThanOrEqual(0);
      expect(m.total).toBeLessThanOrEqual(100);
    }
  });

  it('gives every state a strength with a reason', () => {
    const list = stateStrength(index, 'aerospace');
    expect(list.length).toBe(index.states.length);
    for (const s of list) expect(s.why.length).toBeGreaterThan(0);
  });
});
