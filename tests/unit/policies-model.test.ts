// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { relatedSectorIds } from '@/domain/ranking/related-sectors';
import { formatFigure } from '@/domain/format';
import { yearsText } from '@/features/policies/years-text';
import { relevantPolicies, topMatchStates, type PolicyGroup, type PolicyQuery } from '@/features/policies/policy-model';
import { chartsPoliciesFixture } from '../fixtures/charts-policies-raw-files';

const dataset = parseDataset(chartsPoliciesFixture()).dataset;
const index = buildIndex(dataset);
const AS_OF = '2026-11-23';
const aerospace: PolicyQuery = { sectorIds: ['aerospace'], topStates: ['NLE', 'QUE'], asOf: AS_OF };

const ids = (groups: PolicyGroup[], id: PolicyGroup['id']) =>
  groups.find((g) => g.id === id)?.items.map((i) => i.key.split(':')[1]);

describe('relevantPolicies', () => {
  it('groups items in the fixed group order', () => {
    expect(relevantPolicies(index, dataset, aerospace).map((g) => g.title)).toEqual([
      'Federal and sectoral',
      'State',
      'EU–Mexico',
      'ESCP-4i partnerships',
      'Events and missions',
    ]);
  });

  it('orders in force before ended, then sector > related sector > cross-cutting, and drops other sectors', () => {
    const groups = relevantPolicies(index, dataset, aerospace);
    // aero-plan (sector, in force), manufacturing (related, in force), then pro-aereo (sector,
    // discontinued) before prodeinn (cross-cutting, ended); PROSOFT (ICT) is left out.
    expect(ids(groups, 'national')).toEqual(['aero-plan-2024', 'manufacturing-programme', 'pro-aereo', 'prodeinn']);
    const items = groups[0]?.items ?? [];
    expect(items.map((i) => i.relevance)).toEqual(['sector', 'related', 'sector', 'cross-cutting']);
    expect(items[1]?.relevanceText).toBe('Related sector: Advanced manufacturing');
  });

  it('includes state policies of the top matches’ states only', () => {
    const groups = relevantPolicies(index, dataset, aerospace);
    expect(ids(groups, 'state')).toEqual(['nuevo-leon-cluster-policy']);
    const nl = groups[1]?.items[0];
    expect(nl?.relevanceText).toBe('All sectors; in Nuevo León, where top matches are');
    expect(nl?.figures).toEqual([{ label: 'Overall budget', value: '1.42 EUR million' }]);
    expect(ids(relevantPolicies(index, dataset, { ...aerospace, topStates: ['QUE'] }), 'state')).toEqual([]);
  });

  it('adds ESCP-4i partnerships and events for the sector', () => {
    const groups = relevantPolicies(index, dataset, aerospace);
    expect(ids(groups, 'eu-mexico')).toEqual(['global-agreement']);
    expect(ids(groups, 'escp4i')).toEqual(['eacp-abroad']);
    const escp = groups[3]?.items[0];
    expect(escp?.name).toBe(
      'EACP ABROAD: EACP Activities and Businesses from Real Opportunities for Aerospace Developments',
    );
    expect(escp?.details).toEqual([{ label: 'EU members named', value: 'Aerospace Valley (France)' }]);
    const event = groups[4]?.items[0];
    expect(event?.status).toBe('past');
    expect(event?.years).toBe('Sep 2017');
    expect(event?.details).toContainEqual({ label: 'Organiser', value: null });
  });

  it('with no sector, shows only cross-cutting federal and EU–Mexico items', () => {
    const groups = relevantPolicies(index, dataset, { sectorIds: [], topStates: ['NLE'], asOf: AS_OF });
    expect(groups.map((g) => g.id)).toEqual(['national', 'eu-mexico']);
    expect(ids(groups, 'national')).toEqual(['prodeinn']);
    expect(ids(groups, 'eu-mexico')).toEqual(['global-agreement']);
  });

  it('names the source document and section, and keeps the website field for policies', () => {
    const item = relevantPolicies(index, dataset, aerospace)[0]?.items[0];
    expect(item?.sources).toEqual([
      'Preparatory Briefing on Mexico (2019 edition), 4.3 Aerospace policies and programmes',
    ]);
    expect(item?.website).toBe('https://example.org/aero');
    expect(item?.years).toBe('from 2018 (end year not stated in the sources)');
  });
});

describe('helpers', () => {
  it('relatedSectors works in both directions of the taxonomy', () => {
    expect([...relatedSectorIds(index, ['aerospace'])]).toEqual(['advanced-manufacturing']);
    expect([...relatedSectorIds(index, ['advanced-manufacturing'])]).toEqual(['aerospace']);
    expect([...relatedSectorIds(index, ['aerospace', 'advanced-manufacturing'])]).toEqual([]);
  });

  it('yearsText covers every gap', () => {
    expect(yearsText(2012, 2020)).toBe('2012–2020');
    expect(yearsText(2015, 2015)).toBe('2015');
    expect(yearsText(null, 2020)).toBe('until 2020 (start year not stated in the sources)');
    expect(yearsText(null, null)).toBe('years not stated in the sources');
  });

  it('formatFigure formats numbers, units and years', () => {
    expect(formatFigure({ value: 110000, unit: 'jobs', year: 2020 })).toBe('110,000 jobs (2020)');
    expect(formatFigure({ value: 23, unit: '%', year: null })).toBe('23%');
    expect(formatFigure({ value: 'more than 30', unit: null, year: null })).toBe('more than 30');
  });

  it('topMatchStates keeps rank order, skips unknown states and duplicates', () => {
    const index = buildIndex(dataset);
    const matches = rank({ ...defaultProfile(AS_OF), sectors: ['ict'] }, index, {
      weights: DEFAULT_WEIGHTS,
      expiredLabelFactor: 0.5,
      filters: EMPTY_FILTERS,
    });
    const states = topMatchStates(matches);
    expect(new Set(states).size).toBe(states.length);
    expect(states).toEqual(['QUE', 'NLE']);
    expect(topMatchStates(matches, 1)).toEqual([matches[0]?.cluster.state]);
  });
});
