import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { figureLine, toColumn } from '@/features/compare/compare-model';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';

const { dataset } = parseDataset(matchesRawFixture());
const index = buildIndex(dataset);
const profile = { ...defaultProfile('2026-01-10'), sectors: ['aerospace'] };
const ranking = rankAll(profile, index, { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5 });

describe('compare model', () => {
  it('builds a column with label, state, focus areas and partners', () => {
    const match = ranking.byId('aeroclaster-queretaro');
    expect(match).toBeDefined();
    if (!match) return;
    const col = toColumn(match, index, false, []);
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
    const match = ranking.byId('ict-jalisco');
    if (!match) throw new Error('fixture changed');
    expect(toColumn(match, index, true, [])).toMatchObject({ stateName: null, filteredOut: true });
  });

  it('words a figure with its unit and year', () => {
    expect(figureLine({ label: 'Members', value: 1200, unit: 'companies', year: 2018 })).toBe(
      'Members: 1,200 companies (2018)',
    );
    expect(figureLine({ label: 'Rank', value: 'first', unit: null, year: null })).toBe('Rank: first');
  });
});
