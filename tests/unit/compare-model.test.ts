import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { figureLine, pickMatches, toColumn } from '@/features/compare/compare-model';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';

const { dataset } = parseDataset(matchesRawFixture());
const index = buildIndex(dataset);
const profile = { ...defaultProfile('2026-01-10'), sectors: ['aerospace'] };
const all = rank(profile, index, { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS });
const eccpOnly = rank(profile, index, {
  weights: DEFAULT_WEIGHTS,
  expiredLabelFactor: 0.5,
  filters: { ...EMPTY_FILTERS, eccpOnly: true },
});

describe('compare model', () => {
  it('picks matches in the chosen order, from the first list that has them, dropping unknown ids', () => {
    const picked = pickMatches(['ict-jalisco', 'gone', 'aeroclaster-queretaro'], eccpOnly, all);
    expect(picked.map((m) => m.cluster.id)).toEqual(['ict-jalisco', 'aeroclaster-queretaro']);
    expect(picked[1]).toBe(eccpOnly[0]);
    expect(pickMatches([], all)).toEqual([]);
  });

  it('builds a column with label, state, focus areas and partners', () => {
    const match = pickMatches(['aeroclaster-queretaro'], all)[0];
    expect(match).toBeDefined();
    if (!match) return;
    const col = toColumn(match, dataset, '2026-01-10', 0.5, false);
    expect(col).toMatchObject({
      id: 'aeroclaster-queretaro',
      stateName: 'Querétaro',
      eccpMember: true,
      focusAreas: ['Supply chain'],
      euPartners: ['Aerospace Valley (France)'],
      filteredOut: false,
    });
    expect(col.label?.level).toBe('gold');
  });

  it('leaves the state empty when the sources do not state it', () => {
    const match = pickMatches(['ict-jalisco'], all)[0];
    if (!match) throw new Error('fixture changed');
    expect(toColumn(match, dataset, '2026-01-10', 0.5, true)).toMatchObject({ stateName: null, filteredOut: true });
  });

  it('words a figure with its unit and year', () => {
    expect(figureLine({ label: 'Members', value: 1200, unit: 'companies', year: 2018 })).toBe(
      'Members: 1,200 companies (2018)',
    );
    expect(figureLine({ label: 'Rank', value: 'first', unit: null, year: null })).toBe('Rank: first');
  });
});
