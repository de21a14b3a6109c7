// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { CRITERIA, DEFAULT_WEIGHTS, EMPTY_FILTERS, defaultProfile, type Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { stateStrength } from '@/domain/ranking/state-strength';
import { CRITERION_COLORS } from '@/components/criterion-colors';
import { breakdownRows, breakdownSummary, truncate, usedCriteria } from '@/features/charts/chart-model';
import { labelSeries, labelSummary } from '@/features/charts/label-series';
import { stateSeries, stateSummary } from '@/features/charts/state-series';
import { formatFigure } from '@/domain/format';
import { contextModel, contextSummary } from '@/features/charts/context-model';
import { chartsPoliciesFixture } from '../fixtures/charts-policies-raw-files';

const dataset = parseDataset(chartsPoliciesFixture()).dataset;
const index = buildIndex(dataset);
const AS_OF = '2026-11-23';
const rankFor = (sectors: string[], asOf = AS_OF) => {
  const profile: Profile = { ...defaultProfile(asOf), sectors };
  return rank(profile, index, { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS });
};

describe('score breakdown', () => {
  it('has one segment per criterion whose points add up to the total', () => {
    const rows = breakdownRows(rankFor(['aerospace']));
    expect(rows.map((r) => r.clusterId)).toEqual(rankFor(['aerospace']).map((m) => m.cluster.id));
    for (const r of rows) {
      const sum = CRITERIA.reduce((n, id) => n + r[id], 0);
      expect(Math.abs(sum - r.total)).toBeLessThan(0.35);
    }
    expect(rows[0]?.name).toBe('Aerocluster Querétaro');
    for (const r of rows) {
      const nonZero = CRITERIA.filter((id) => r[id] > 0);
      expect(r.end).toBe(nonZero[nonZero.length - 1] ?? null);
    }
  });

  it('keeps the top 10 and truncates long names for the axis', () => {
    const many = Array.from({ length: 12 }, () => rankFor([])).flat();
    expect(breakdownRows(many)).toHaveLength(10);
    expect(truncate('Cluster Aeroespacial del Noroeste', 19)).toBe('Cluster Aeroespaci…');
    expect(truncate('Short', 22)).toBe('Short');
  });

  it('summarises the top match and its biggest criterion', () => {
    const rows = breakdownRows(rankFor(['aerospace']));
    expect(breakdownSummary(rows)).toMatch(
      /^Top match: Aerocluster Querétaro, [\d.]+\/100 — sector fit contributes most$/,
    );
    expect(breakdownSummary([])).toBe('No cluster matches the current profile and filters.');
  });

  it('lists only the criteria that add points, with the criterion colours of the theme', () => {
    const used = usedCriteria(breakdownRows(rankFor([])));
    expect(used).not.toContain('sector');
    expect(CRITERION_COLORS.sector).toBe('#1d4f91');
    expect(CRITERION_COLORS.links).toBe('#0e7490');
  });
});

describe('state series', () => {
  it('with a sector, counts matches in it and adds the strength index', () => {
    const series = stateSeries(rankFor(['aerospace']), stateStrength(index, 'aerospace'), dataset.states, true);
    expect(series.rows.map((r) => [r.code, r.matches])).toEqual([
      ['QUE', 1],
      ['NLE', 1],
    ]);
    for (const r of series.rows) expect(r.strength).toBeGreaterThanOrEqual(0);
    expect(Math.max(...series.rows.map((r) => r.strength ?? 0))).toBe(100);
    expect(series.unstated).toBe(0);
    expect(stateSummary(series, 'aerospace')).toMatch(
      /^Most matches: Querétaro \(1\); strongest state for aerospace: .+ \(100\/100\)\.$/,
    );
  });

  it('without a sector, counts every match and says where the state is unknown', () => {
    const series = stateSeries(rankFor([]), [], dataset.states, false);
    expect(series.rows).toEqual([
      { code: 'QUE', name: 'Querétaro', matches: 2, strength: null },
      { code: 'NLE', name: 'Nuevo León', matches: 1, strength: null },
    ]);
    expect(series.unstated).toBe(1);
    expect(stateSummary(series, null)).toBe(
      'Most matches: Querétaro (2). Pick a sector to see state strength. 1 with no state stated in the sources.',
    );
  });

  it('counts a cluster whose state states.json lacks under its code, marked as unknown', () => {
    const raw = chartsPoliciesFixture();
    raw['clusters.json'] = raw['clusters.json'].map((c, i) => (i === 0 ? { ...c, state: 'ZAC' as const } : c));
    const gapIndex = buildIndex(parseDataset(raw).dataset);
    const ranking = rank(defaultProfile(AS_OF), gapIndex, {
      weights: DEFAULT_WEIGHTS,
      expiredLabelFactor: 0.5,
      filters: EMPTY_FILTERS,
    });
    const series = stateSeries(ranking, [], gapIndex.states, false);
    expect(series.rows).toContainEqual({ code: 'ZAC', name: 'ZAC (unknown state)', matches: 1, strength: null });
  });
});

describe('label series', () => {
  it('counts each match once by its best label, valid or expired on the as-of date', () => {
    const series = labelSeries(rankFor([]));
    expect(series.rows).toEqual([
      { level: 'gold', name: 'Gold', valid: 1, expired: 0, undated: 0 },
      { level: 'silver', name: 'Silver', valid: 0, expired: 0, undated: 0 },
      { level: 'bronze', name: 'Bronze', valid: 0, expired: 1, undated: 0 },
    ]);
    expect(labelSummary(series, AS_OF)).toBe(
      '2 of 4 matches hold an ESCA label: 1 valid and 1 expired on 23 Nov 2026.',
    );
  });

  it('a label is still valid on its last day', () => {
    const series = labelSeries(rankFor([], '2019-05-03'));
    expect(series.rows[2]?.valid).toBe(1);
  });
});

describe('sector context', () => {
  it('shows the chosen sector’s figures with unit, year and source', () => {
    const model = contextModel(dataset.context, ['aerospace'], dataset.sectors, dataset.meta);
    expect(model.fellBack).toBe(false);
    expect(model.groups).toHaveLength(1);
    expect(model.groups[0]?.title).toBe('Aerospace');
    expect(model.groups[0]?.cards).toEqual([
      {
        id: 'aero-exports',
        label: 'Aerospace exports',
        quantity: '6.8 EUR billion',
        year: '2017',
        source: 'Preparatory Briefing on Mexico (2019 edition), 2.3 Sectoral strengths',
      },
      expect.objectContaining({ quantity: '45,000 jobs', year: 'year not stated in the sources' }),
    ]);
    expect(contextSummary(model, ['aerospace'], dataset.sectors)).toBe('2 aerospace figures from the sources.');
  });

  it('falls back to economy-wide figures when the sector has none', () => {
    const model = contextModel(dataset.context, ['ict'], dataset.sectors, dataset.meta);
    expect(model.fellBack).toBe(true);
    expect(model.groups[0]?.cards.map((c) => c.id)).toEqual(['eu-fdi']);
    expect(contextSummary(model, ['ict'], dataset.sectors)).toBe(
      'The sources give no figures for ICT; showing 1 economy-wide figure instead.',
    );
    expect(contextModel(dataset.context, [], dataset.sectors, dataset.meta).fellBack).toBe(false);
  });

  it('formats percentages and ranks readably', () => {
    expect(formatFigure({ value: 23, unit: '%' })).toBe('23%');
    expect(formatFigure({ value: 46, unit: 'rank' })).toBe('rank 46');
    expect(formatFigure({ value: 11989.3, unit: 'EUR million' })).toBe('11,989.3 EUR million');
  });
});
