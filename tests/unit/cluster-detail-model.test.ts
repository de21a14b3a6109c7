import { describe, expect, it } from 'vitest';
import { formatFigure } from '@/domain/format';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import type { ClusterLabel, SourceDocId } from '@/domain/types';
import {
  docFullTitle,
  docTitle,
  groupFiguresBySource,
  interestNames,
  precisionText,
  missedPoints,
  scoreRows,
  sortLabels,
  sourceText,
} from '@/features/cluster-detail/cluster-detail-model';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';

const { dataset } = parseDataset(matchesRawFixture());

describe('cluster detail model', () => {
  it('words position precision as approximate', () => {
    expect(precisionText({ lat: 1, lng: 2, precision: 'city' })).toBe('approximate, city-level');
    expect(precisionText({ lat: 1, lng: 2, precision: 'state' })).toBe('approximate, state-level');
    expect(precisionText(null)).toBeNull();
  });

  it('names source documents with their edition, and falls back to the id', () => {
    expect(docTitle(dataset.meta, 'briefing-2019')).toBe('Preparatory Briefing on Mexico, March 2019');
    expect(docFullTitle(dataset.meta, 'briefing-2019')).toBe(
      'Preparatory Briefing on Mexico — updated, March 2019 (ECCP)',
    );
    const unknown: SourceDocId = 'factsheet-2020';
    expect(docTitle(dataset.meta, unknown)).toBe('factsheet-2020');
    expect(sourceText(dataset.meta, { doc: 'briefing-2016', section: 'Annex Table 4' })).toBe(
      'Preparatory Briefing on Mexico, December 2016 — Annex Table 4',
    );
  });

  it('formats figure values with grouping and units', () => {
    expect(formatFigure({ value: 1200, unit: 'companies' })).toBe('1,200 companies');
    expect(formatFigure({ value: 'world leader', unit: null })).toBe('world leader');
  });

  it('groups figures by source so a shared source is cited once, keeping their order', () => {
    const fig = (key: string, section: string) => ({
      key,
      label: key,
      value: 1,
      unit: null,
      year: null,
      source: { doc: 'briefing-2019' as const, section },
    });
    const groups = groupFiguresBySource(dataset.meta, [fig('a', 'T1'), fig('b', 'T2'), fig('c', 'T1')]);
    expect(groups.map((g) => [g.source, g.figures.map((f) => f.key)])).toEqual([
      ['Preparatory Briefing on Mexico, March 2019 — T1', ['a', 'c']],
      ['Preparatory Briefing on Mexico, March 2019 — T2', ['b']],
    ]);
    expect(groupFiguresBySource(dataset.meta, [])).toEqual([]);
  });

  it('maps interest ids to names, keeping unknown ids', () => {
    expect(interestNames(dataset.interests, ['supply-chain', 'mystery'])).toEqual(['Supply chain', 'mystery']);
  });

  it('sorts labels latest first with undated ones last', () => {
    const l = (validUntil: string | null): ClusterLabel => ({
      level: 'bronze',
      validUntil,
      edition: 'briefing-2019',
      source: { doc: 'briefing-2019', section: 'x' },
    });
    expect(sortLabels([l(null), l('2015-01-01'), l('2019-06-23')]).map((x) => x.validUntil)).toEqual([
      '2019-06-23',
      '2015-01-01',
      null,
    ]);
  });

  it('builds one score row per criterion whose points add up to the total', () => {
    const profile = { ...defaultProfile('2026-01-10'), sectors: ['aerospace'] };
    const ranking = rankAll(profile, buildIndex(dataset), { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5 });
    const match = ranking.byId('aeroclaster-queretaro');
    expect(match).toBeDefined();
    if (!match) return;
    const rows = scoreRows(match, dataset.meta);
    expect(rows.map((r) => r.name)).toEqual([
      'Sector fit',
      'ESCA label',
      'ECCP membership',
      'State strength',
      'Interests',
      'Existing EU links',
    ]);
    expect(rows[0]).toMatchObject({ score: '100%', weight: DEFAULT_WEIGHTS.sector, used: true });
    expect(rows.find((r) => r.id === 'interests')).toMatchObject({ used: false, points: '0' });
    const sum = match.criteria.reduce((s, c) => s + c.contribution, 0);
    expect(sum).toBeCloseTo(match.total, 0);
    // What was not earned, biggest first; unused criteria (interests) never appear; with the total it makes 100.
    const missed = missedPoints(match, 6);
    expect(missed.map((m) => m.name)).not.toContain('Interests');
    const missedValues = missed.map((m) => Number(m.points));
    expect([...missedValues].sort((a, b) => b - a)).toEqual(missedValues);
    expect(match.total + missedValues.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(missedPoints(match)).toHaveLength(Math.min(3, missed.length));
    expect(ranking.byId('nope')).toBeUndefined();
  });
});
