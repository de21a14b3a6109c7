// @vitest-environment node
// An interest no cluster states lowers no one's score, and a matched interest names the stated
// committee it rests on.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_WEIGHTS, defaultProfile, type Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import type { Dataset } from '@/domain/types';
import { miniDataset } from '../fixtures/mini-dataset';
import { readPublicDataset } from '../fixtures/public-data';

const options = { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5 };
const totals = (profile: Profile, index: ReturnType<typeof buildIndex>) =>
  new Map(rankAll(profile, index, options).all.map((m) => [m.cluster.id, m.total]));

describe('interests no cluster states', () => {
  const unstated = {
    id: 'nobody',
    name: 'Nobody states this',
    nameEs: 'Nadie',
    description: '',
    descriptionEs: '',
    keywords: [],
  };
  const dataset: Dataset = { ...miniDataset, interests: [...miniDataset.interests, unstated] };
  const index = buildIndex(dataset);
  const base: Profile = { ...defaultProfile('2019-06-23'), sectors: ['aerospace'], interests: ['rd'] };

  it('counts how many clusters state each interest', () => {
    expect(index.interestClusters[index.interestIndex.get('nobody')!]).toBe(0);
    expect(index.interestClusters[index.interestIndex.get('rd')!]).toBe(3);
  });

  it('leaves every total unchanged when one is ticked', () => {
    expect(totals({ ...base, interests: ['rd', 'nobody'] }, index)).toEqual(totals(base, index));
  });

  it('with only such interests, leaves interests out of the score and says why', () => {
    const ranking = rankAll({ ...base, interests: ['nobody'] }, index, options);
    const c = ranking.byId('aero-nl')?.criteria.find((x) => x.id === 'interests');
    expect([c?.weight, c?.contribution]).toEqual([0, 0]);
    expect(c?.reason).toBe('No cluster in the sources states any of your interests, so interests are not scored');
    expect(totals({ ...base, interests: ['nobody'] }, index)).toEqual(totals({ ...base, interests: [] }, index));
  });

  it('finds "Business missions and matchmaking" stated by no cluster in the real dataset', () => {
    const real = buildIndex(parseDataset(readPublicDataset()).dataset);
    const slot = real.interestIndex.get('missions-matchmaking');
    expect(slot).toBeDefined();
    expect(real.interestClusters[slot!]).toBe(0);
    const p: Profile = { ...defaultProfile('2026-01-01'), sectors: ['aerospace'], interests: ['supply-chain'] };
    expect(totals({ ...p, interests: ['supply-chain', 'missions-matchmaking'] }, real)).toEqual(totals(p, real));
  });
});

describe('a matched interest names its stated focus area', () => {
  it('names the committee whose name holds one of the interest keywords', () => {
    const real = buildIndex(parseDataset(readPublicDataset()).dataset);
    const claugto = real.dataset.clusters.find((c) => c.id === 'claugto');
    expect(claugto?.committees).toContain('Purchasing');
    const p: Profile = { ...defaultProfile('2026-01-01'), sectors: ['automotive'], interests: ['supply-chain'] };
    const reason = rankAll(p, real, options)
      .byId('claugto')
      ?.criteria.find((c) => c.id === 'interests')?.reason;
    expect(reason).toBe(
      'Matches 1 of your interests: supply chain and supplier partnerships (its “Purchasing” committee)',
    );
    const csoft = rankAll({ ...p, sectors: ['ict'], interests: ['market-access'] }, real, options)
      .byId('csoftmty')
      ?.criteria.find((c) => c.id === 'interests')?.reason;
    expect(csoft).toBe('Matches 1 of your interests: market access and internationalisation (its “Market Committee”)');
  });

  it('names just the focus area when no committee states it', () => {
    const index = buildIndex(miniDataset);
    const p: Profile = { ...defaultProfile('2019-06-23'), sectors: ['aerospace'], interests: ['rd'] };
    const reason = rankAll(p, index, options)
      .byId('aero-nl')
      ?.criteria.find((c) => c.id === 'interests')?.reason;
    expect(reason).toBe('Matches 1 of your interests: R&D and innovation');
  });
});
