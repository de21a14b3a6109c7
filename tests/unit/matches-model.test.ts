import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { EMPTY_FILTERS, DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { MAX_ROW_REASONS, countNotOnMap, matchesHeading, toMatchRows } from '@/features/matches/matches-model';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';

const ASOF = '2026-01-10';

function ranked() {
  const { dataset, problems } = parseDataset(matchesRawFixture());
  expect(problems).toEqual([]);
  const profile = { ...defaultProfile(ASOF), sectors: ['aerospace'] };
  const matches = rank(profile, buildIndex(dataset), {
    weights: DEFAULT_WEIGHTS,
    expiredLabelFactor: 0.5,
    filters: EMPTY_FILTERS,
  });
  return { dataset, matches };
}

describe('matches model', () => {
  it('turns matches into rows with state names, sector names, best label and at most three reasons', () => {
    const { dataset, matches } = ranked();
    const rows = toMatchRows(matches, buildIndex(dataset));
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    const qro = rows.find((r) => r.id === 'aeroclaster-queretaro');
    expect(qro).toMatchObject({ stateName: 'Querétaro', sectorNames: ['Aerospace'], eccpMember: true, onMap: true });
    // The valid gold label beats the older expired bronze one.
    expect(qro?.label?.level).toBe('gold');
    const offMap = rows.find((r) => r.id === 'ict-jalisco');
    expect(offMap).toMatchObject({ stateName: null, onMap: false });
    for (const row of rows) expect(row.reasons.length).toBeLessThanOrEqual(MAX_ROW_REASONS);
  });

  it('does not repeat in the reasons what the badges already say (label, ECCP)', () => {
    const { dataset, matches } = ranked();
    const rows = toMatchRows(matches, buildIndex(dataset));
    const qro = rows.find((r) => r.id === 'aeroclaster-queretaro');
    const qroMatch = matches.find((m) => m.cluster.id === 'aeroclaster-queretaro');
    // The engine's own reasons mention both; the row leaves them to its badges.
    expect(qroMatch?.reasons.some((r) => r === 'ECCP member')).toBe(true);
    expect(qroMatch?.reasons.some((r) => /ESCA label/.test(r))).toBe(true);
    expect(qro?.reasons.length).toBeGreaterThan(0);
    for (const row of rows) {
      if (row.eccpMember) expect(row.reasons).not.toContain('ECCP member');
      if (row.label) expect(row.reasons.filter((r) => /ESCA label/.test(r))).toEqual([]);
    }
  });

  it('falls back to the source wording for a sector missing from the taxonomy', () => {
    const { dataset, matches } = ranked();
    const [row] = toMatchRows(matches.slice(0, 1), buildIndex({ ...dataset, sectors: [] }));
    expect(row?.sectorNames[0]).toBe(matches[0]?.cluster.sectors[0]?.wording);
  });

  it('counts clusters without a position', () => {
    const { matches } = ranked();
    expect(countNotOnMap(matches)).toBe(3);
    expect(countNotOnMap([])).toBe(0);
  });

  it('words the heading count', () => {
    expect(matchesHeading(0)).toBe('0 matches');
    expect(matchesHeading(1)).toBe('1 match');
    expect(matchesHeading(24)).toBe('24 matches');
  });
});
