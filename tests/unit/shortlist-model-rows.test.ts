import { notStated } from '@/domain/format';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { buildShortlistRows, listNameProblem } from '@/features/shortlist/shortlist-model';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';

const { dataset } = shortlistParsed();
const ranking = rankAll({ ...defaultProfile('2026-01-15'), sectors: ['aerospace'] }, buildIndex(dataset), {
  weights: DEFAULT_WEIGHTS,
  expiredLabelFactor: 0.5,
});

describe('buildShortlistRows', () => {
  const entries = [
    { clusterId: IDS.queretaro, note: 'MRO' },
    { clusterId: IDS.ict, note: '' },
    { clusterId: 'gone', note: '' },
  ];

  it('numbers, names and scores the entries in order', () => {
    const rows = buildShortlistRows(entries, ranking);
    const q = ranking.byId(IDS.queretaro);
    expect(rows.map((r) => [r.order, r.name, r.state, r.first, r.last])).toEqual([
      [1, 'Clúster Aeroespacial de Querétaro', 'Querétaro', true, false],
      [2, 'Clúster de Tecnologías de la Información', notStated(), false, false],
      [3, 'gone', notStated(), false, true],
    ]);
    expect(rows[0].score).toBe(String(q?.total));
    expect(rows[0].note).toBe('MRO');
    expect(rows[2].known).toBe(false);
  });

  it('shows a dash only for a cluster the dataset no longer has', () => {
    const rows = buildShortlistRows(entries, ranking);
    expect(rows.map((r) => r.score === '—')).toEqual([false, false, true]);
  });
});

describe('listNameProblem', () => {
  it('wants a unique, non-empty, short name', () => {
    expect(listNameProblem('  ', [])).toBe('Enter a name for the shortlist.');
    expect(listNameProblem('x'.repeat(201), [])).toMatch(/at most 200/);
    expect(listNameProblem(' Monterrey 2026 ', ['monterrey 2026'])).toBe('Another shortlist already has this name.');
    expect(listNameProblem('Querétaro', ['Monterrey'])).toBeNull();
  });
});
