// @vitest-environment node
// Expected numbers are worked out by hand from tests/fixtures/mini-dataset.ts.
import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  EMPTY_FILTERS,
  defaultProfile,
  type CriterionId,
  type Filters,
  type Profile,
  type Weights,
} from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { judgeLabel, labelText } from '@/domain/labels';
import { formatIsoDate } from '@/domain/format';
import { rank } from '@/domain/ranking/rank';
import { stateStrength } from '@/domain/ranking/state-strength';
import type { ClusterLabel } from '@/domain/types';
import { miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);
const ONES: Weights = { sector: 1, label: 1, eccp: 1, state: 1, interests: 1, links: 1 };
const only = (id: CriterionId): Weights => ({
  ...ONES,
  sector: 0,
  label: 0,
  eccp: 0,
  state: 0,
  interests: 0,
  links: 0,
  [id]: 1,
});

const aerospaceProfile: Profile = {
  ...defaultProfile('2019-06-23'),
  sectors: ['aerospace'],
  interests: ['rd', 'training'],
  country: 'Spain',
};

function run(profile: Profile, weights: Weights = ONES, filters: Filters = EMPTY_FILTERS, expiredLabelFactor = 0.5) {
  return rank(profile, index, { weights, expiredLabelFactor, filters });
}

function criterion(profile: Profile, clusterId: string, id: CriterionId) {
  const match = run(profile).find((m) => m.cluster.id === clusterId);
  const result = match?.criteria.find((c) => c.id === id);
  if (!result) throw new Error(`no ${id} result for ${clusterId}`);
  return result;
}

describe('stateStrength (formula in state-strength.ts)', () => {
  // Every statement in the fixture names at most 5 states, so each counts fully (selectivity 1).
  const AERO_MAX = 5.125; // BCN: G 3/12·0.5 + hub 2 + predominance 2 + aero-bc 1
  const ICT_MAX = 1 / 3 + 2 + 2 + 1 + 0.5; // JAL: G 8/12·0.5 + singled out 2 + tech park 2 + ijalti 1 + label 0.5
  it.each([
    // NLE = G 0.5 + related automotive plant 0.5 + policy 0.25 + aero-nl 1 + related claut 0.25 + label/ECCP 0.5·2
    ['aerospace', 'NLE', 3.5, 3.5 / AERO_MAX],
    ['aerospace', 'BCN', AERO_MAX, 1],
    ['aerospace', 'QUE', 3.75, 3.75 / AERO_MAX], // G 0.25 + hub 2 + aero-qro 1 + label 0.5
    ['aerospace', 'CHH', 2.125, 2.125 / AERO_MAX], // hub with sector null counts for aerospace
    ['aerospace', 'JAL', 1 / 3, 1 / 3 / AERO_MAX], // only the 2016 organised-clusters figure
    ['ict', 'JAL', ICT_MAX, 1], // unknown kind 'tech-park' is sector evidence
    ['ict', 'NLE', 2.75, 2.75 / ICT_MAX], // G 0.5 + policy 0.25 + csoftmty 1 + label/ECCP 0.5·2
    ['ict', 'CHH', 0.125, 0.125 / ICT_MAX],
  ])('%s in %s: raw %d', (sector, code, raw, value) => {
    const s = stateStrength(index, sector).find((x) => x.code === code);
    expect(s?.raw).toBeCloseTo(raw, 10);
    expect(s?.index).toBeCloseTo(value, 10);
  });

  it('lists every state, strongest first, and names the facts with their editions', () => {
    const list = stateStrength(index, 'aerospace');
    expect(list.map((s) => s.code)).toEqual(['BCN', 'QUE', 'NLE', 'CHH', 'JAL']);
    expect(list[1]?.why).toBe('Querétaro: aerospace hub (2019 briefing); 1 aerospace cluster, 1 ESCA-labelled');
    expect(list[0]?.why).toBe(
      'Baja California: aerospace hub, aerospace among its predominant sectors (2019 briefing); 1 aerospace cluster',
    );
    // Nothing about the sector: the general facts are all there is to say.
    expect(list[4]?.why).toBe('Jalisco: 8 formally organised clusters (2019 briefing)');
  });

  it('memoises per sector and copes with unknown sectors', () => {
    expect(stateStrength(index, 'aerospace')).toEqual(stateStrength(index, 'aerospace'));
    expect(index.strengthMemo.has('aerospace')).toBe(true);
    const unknown = stateStrength(index, 'space-mining');
    expect(unknown[0]?.code).toBe('NLE'); // only organised clusters + state policy are left
    expect(unknown.every((s) => s.index >= 0 && s.index <= 1)).toBe(true);
  });
});

describe('sector criterion', () => {
  it.each([
    ['aero-nl', 1, 'Works in aerospace, your sector'],
    // Relevance first: outside an exact fit the reason says how much the other criteria count.
    ['claut', 0.3, 'Works in automotive, a sector related to aerospace; its other criteria count at 30%'],
    ['aero-bc', 1, 'Works in aerospace, your sector'], // multi-sector takes its best
    ['csoftmty', 0, 'Works in ICT, outside your sectors; its other criteria count for nothing in your ranking'],
  ])('%s → %d', (id, score, reason) => {
    const c = criterion(aerospaceProfile, id, 'sector');
    expect([c.score, c.reason, c.known]).toEqual([score, reason, true]);
  });

  it('is left out when no sector is chosen', () => {
    const c = criterion({ ...aerospaceProfile, sectors: [] }, 'aero-nl', 'sector');
    expect([c.score, c.weight, c.contribution]).toEqual([0, 0, 0]);
    expect(c.reason).toMatch(/No sector chosen/);
  });
});

describe('label criterion and validity around the as-of date', () => {
  it.each([
    ['2019-06-22', 1, 'Gold ESCA label, valid until 23 Jun 2019'],
    ['2019-06-23', 1, 'Gold ESCA label, valid until 23 Jun 2019'], // valid on the date itself
    ['2019-06-24', 0.5, 'Gold ESCA label, expired 23 Jun 2019'],
    ['2019-06-24T08:00:00Z', 0.5, 'Gold ESCA label, expired 23 Jun 2019'],
  ])('claut as of %s → %d', (asOf, score, reason) => {
    const c = criterion({ ...aerospaceProfile, asOf }, 'claut', 'label');
    expect([c.score, c.reason]).toEqual([score, reason]);
  });

  it.each([
    ['aero-nl', 0.75, 'Silver ESCA label, valid until 15 Feb 2021'],
    ['aero-qro', 0.25, 'Bronze ESCA label (no validity date stated); listed in the Dec 2016 ECCP briefing'],
    ['energia-chh', 0.375, 'Silver ESCA label, expired 31 Jan 2016'], // best of two expired labels
    ['it-baja', 0, 'No ESCA label'],
  ])('%s → %d', (id, score, reason) => {
    const c = criterion(aerospaceProfile, id, 'label');
    expect([c.score, c.reason]).toEqual([score, reason]);
  });

  it('applies the expired factor', () => {
    // No sector chosen: ijalti (ICT) is not held back by the aerospace sector fit.
    const withFactor = (f: number) =>
      run({ ...aerospaceProfile, sectors: [] }, only('label'), EMPTY_FILTERS, f).find((m) => m.cluster.id === 'ijalti');
    expect(withFactor(0.5)?.total).toBe(37.5);
    expect(withFactor(0)?.total).toBe(0);
    expect(withFactor(1)?.total).toBe(75);
  });
});

describe('label wording and dates', () => {
  const label = (level: ClusterLabel['level'], validUntil: string | null): ClusterLabel => ({
    level,
    validUntil,
    edition: 'briefing-2019',
    source: { doc: 'briefing-2019', section: 'x' },
  });
  it.each([
    [label('gold', '2019-06-23'), '2024-01-01', 'Gold ESCA label, expired 23 Jun 2019'],
    [label('silver', '2021-02-15'), '2020-01-01', 'Silver ESCA label, valid until 15 Feb 2021'],
    [label('bronze', null), '2020-01-01', 'Bronze ESCA label (no validity date stated)'],
    [null, '2020-01-01', 'No ESCA label'],
  ])('%#', (l, asOf, expected) => {
    expect(labelText(l && judgeLabel(l, asOf))).toBe(expected);
  });
  it.each([
    ['2019-06-23', '23 Jun 2019'],
    ['2021-02-05', '5 Feb 2021'],
    ['2016-10', 'Oct 2016'],
    ['2016', '2016'],
    ['soon', 'soon'],
  ])('formatIsoDate(%j) = %j', (iso, expected) => expect(formatIsoDate(iso)).toBe(expected));
});

describe('ECCP, state, interests and links criteria', () => {
  it.each([
    ['eccp', 'aero-nl', 1, 'ECCP member', true],
    ['eccp', 'aero-qro', 0, 'Not an ECCP member', true],
    [
      'state',
      'aero-nl',
      3.5 / 5.125,
      'Nuevo León: light-vehicle production (2019 briefing); 1 aerospace cluster, 1 ESCA-labelled and 1 ECCP member',
      true,
    ],
    // Related to aerospace: judged in aerospace.
    [
      'state',
      'claut',
      3.5 / 5.125,
      'Nuevo León: light-vehicle production (2019 briefing); 1 aerospace cluster, 1 ESCA-labelled and 1 ECCP member',
      true,
    ],
    // Outside aerospace: Chihuahua's aerospace hub says nothing about an energy cluster.
    ['state', 'energia-chh', 0, 'Chihuahua: its strength is not counted, the cluster works outside aerospace', true],
    ['state', 'biotec', 0, 'State not stated in the sources', false],
    ['interests', 'aero-nl', 0.5, 'Matches 1 of your interests: R&D and innovation', true],
    ['interests', 'aero-bc', 0, 'Focus on supply chain, none of your interests', true],
    ['interests', 'ijalti', 0, 'Focus areas not stated in the sources', false],
    ['links', 'claut', 0.6, 'Already cooperates with AC Styria (Austria)', true],
    ['links', 'aero-qro', 0.8, 'Already cooperates with HEGAN (Spain), incl. a partner in your country', true], // via EU cluster's partner list
    ['links', 'aero-bc', 0.8, 'Already cooperates with HEGAN (Spain), incl. a partner in your country', true], // via pairs
    ['links', 'aero-nl', 0, 'No EU cluster links recorded in the sources', true],
  ] as const)('%s of %s → %d', (id, clusterId, score, reason, known) => {
    const c = criterion(aerospaceProfile, clusterId, id);
    expect(c.score).toBeCloseTo(score, 10);
    expect([c.reason, c.known]).toEqual([reason, known]);
  });

  it.each([
    [{ preferredStates: ['QUE'] }, 'aero-qro', 'state', 0.5 + 0.5 * (3.75 / 5.125)],
    [{ preferredStates: ['QUE'] }, 'aero-nl', 'state', 0.5 * (3.5 / 5.125)],
    [{ interests: ['rd', 'supply-chain'] }, 'aero-nl', 'interests', 1],
    // An interest no cluster states (here: one the dataset does not know) is left out of the share.
    [{ interests: ['rd', 'unknown-interest'] }, 'aero-nl', 'interests', 1],
    [{ country: 'austria', euClusterId: 'acstyria' }, 'claut', 'links', 1],
    [{ country: null, euClusterId: 'acstyria' }, 'claut', 'links', 0.8],
    [{ sectors: [] }, 'aero-nl', 'state', 3.5 / 5.125], // no sector chosen: judged in its own sector, aerospace
    [{ sectors: [] }, 'csoftmty', 'state', 2.75 / (1 / 3 + 5.5)], // … and an ICT cluster in ICT
  ] as const)('%j: %s %s → %d', (change, clusterId, id, score) => {
    const profile = { ...aerospaceProfile, ...change } as Profile;
    expect(criterion(profile, clusterId, id).score).toBeCloseTo(score, 10);
  });

  it('names the matched interests and your own EU cluster', () => {
    const p = { ...aerospaceProfile, interests: ['rd', 'supply-chain'], euClusterId: 'acstyria' };
    expect(criterion(p, 'aero-nl', 'interests').reason).toBe(
      'Matches 2 of your interests: R&D and innovation, supply chain',
    );
    expect(criterion(p, 'claut', 'links').reason).toBe('Already cooperates with your cluster, AC Styria (Austria)');
  });
});

describe('totals, weights and renormalisation', () => {
  it.each([
    // NL's aerospace strength S = 3.5 / 5.125 = 0.6829 (stateStrength above)
    ['claut', ONES, 23.9], // related: (0.3 + 0.3 · (1 + 1 + S + 0.5 + 0.6)) / 6
    ['aero-nl', ONES, 65.5], // (1 + 0.75 + 1 + S + 0.5 + 0) / 6
    ['aero-qro', ONES, 54.7], // (1 + 0.25 + 0 + 0.7333 + 0.5 + 0.8) / 6
    ['aero-nl', only('sector'), 100],
    ['claut', only('sector'), 30],
    ['aero-nl', { ...only('label'), label: 7 }, 75],
    ['claut', { ...ONES, sector: 0, interests: 0, links: 0 }, 26.8], // 0.3 · (1 + 1 + S) / 3
    ['aero-nl', { ...ONES, sector: 3 }, 74.2], // (3 + 0.75 + 1 + S + 0.5 + 0) / 8
  ])('%s with %j → %d', (id, weights, total) => {
    const m = run(aerospaceProfile, weights).find((x) => x.cluster.id === id);
    expect(m?.total).toBe(total);
    const sum = m?.criteria.reduce((s, c) => s + c.contribution, 0) ?? NaN;
    expect(sum).toBeCloseTo(total, 1);
  });

  it('gives 0 everywhere when every weight is 0, ordered by name', () => {
    const zero = only('sector');
    zero.sector = 0;
    const matches = run(aerospaceProfile, zero);
    expect(matches.every((m) => m.total === 0 && m.criteria.every((c) => c.contribution === 0))).toBe(true);
    expect(matches.map((m) => m.cluster.id)).toEqual([
      'aero-qro',
      'aero-bc',
      'aero-nl',
      'claut',
      'biotec',
      'energia-chh',
      'csoftmty',
      'ijalti',
      'it-baja',
    ]);
    expect(matches.map((m) => m.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('drops an unchosen criterion from the denominator', () => {
    const p = { ...aerospaceProfile, sectors: [] };
    expect(run(p).find((m) => m.cluster.id === 'aero-nl')?.total).toBe(58.7); // (0.75 + 1 + S + 0.5 + 0) / 5, S: judged in its own sector, aerospace
  });

  it('returns criteria in CRITERIA order and 2–4 reasons, biggest first', () => {
    for (const m of run(aerospaceProfile)) {
      expect(m.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
      expect(m.reasons.length).toBeGreaterThanOrEqual(2);
      expect(m.reasons.length).toBeLessThanOrEqual(4);
    }
    const claut = run(aerospaceProfile).find((m) => m.cluster.id === 'claut');
    // Sector fit and label tie at 5 points (each 0.3 of weight 1); CRITERIA order puts sector first.
    expect(claut?.reasons[0]).toBe(
      'Works in automotive, a sector related to aerospace; its other criteria count at 30%',
    );
    expect(claut?.reasons[1]).toBe('Gold ESCA label, valid until 23 Jun 2019');
    expect(claut?.reasons).toHaveLength(4);
  });
});

describe('filters', () => {
  const ids = (filters: Partial<Filters>) =>
    run(aerospaceProfile, ONES, { ...EMPTY_FILTERS, ...filters })
      .map((m) => m.cluster.id)
      .sort();
  it.each([
    [{ states: ['NLE'] }, ['aero-nl', 'claut', 'csoftmty']],
    [{ labelLevels: ['gold'] }, ['claut', 'csoftmty']],
    [{ labelLevels: ['silver', 'bronze'] }, ['aero-nl', 'aero-qro', 'energia-chh', 'ijalti']],
    [{ labelValidity: 'valid' }, ['aero-nl', 'claut', 'csoftmty']],
    [{ labelValidity: 'expired' }, ['aero-qro', 'energia-chh', 'ijalti']],
    [{ labelValidity: 'none' }, ['aero-bc', 'biotec', 'it-baja']],
    [{ eccpOnly: true }, ['aero-nl', 'claut', 'csoftmty', 'it-baja']],
    [{ sectors: ['aerospace'] }, ['aero-bc', 'aero-nl', 'aero-qro']],
    [{ sectors: ['automotive'], states: ['BCN'] }, ['aero-bc']],
    [{ query: 'queretaro' }, ['aero-qro']],
    [{ query: 'claut' }, ['claut']],
    [{ query: 'QUERETARO aerospace' }, ['aero-qro']], // alias
    [{ query: 'Nuevo León software' }, ['csoftmty']],
    [{ query: 'nothing like this' }, []],
  ] as const)('%j', (filters, expected) => {
    expect(ids(filters as Partial<Filters>)).toEqual(expected);
  });
});

describe('robustness', () => {
  it('ranks an empty dataset to an empty list', () => {
    const empty = buildIndex({ ...miniDataset, clusters: [], states: [], sectors: [], interests: [] });
    expect(run(aerospaceProfile)).toHaveLength(9);
    expect(rank(aerospaceProfile, empty, { weights: ONES, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS })).toEqual(
      [],
    );
    expect(stateStrength(empty, 'aerospace')).toEqual([]);
  });
});
