// Years, ids and codes are never grouped ('Founded: 2,009'): every year field of every cluster and
// policy record, as the detail and the policies panel render it.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { formatNumber, YEAR_UNIT } from '@/domain/format';
import { DetailLists } from '@/features/cluster-detail/detail-lists';
import { PolicyCard } from '@/features/policies/policy-card';
import { describePolicy } from '@/features/policies/policy-items';
import type { PolicyItem } from '@/features/policies/policy-model';
import { readPublicDataset } from '../fixtures/public-data';

const { dataset } = parseDataset(readPublicDataset());

// A year as a plain number; its grouped form ('2,009') must not appear anywhere in the record.
function expectPlainYears(text: string, years: readonly number[]) {
  for (const year of years) {
    expect(text).toContain(String(year));
    expect(text).not.toContain(formatNumber(year));
  }
}

describe('year fields are never grouped', () => {
  it('has year-valued figures to check (unit "year")', () => {
    const yearFigures = dataset.clusters.flatMap((c) => c.figures).filter((f) => f.unit === YEAR_UNIT);
    expect(yearFigures.map((f) => f.value)).toEqual(expect.arrayContaining([2009, 2011, 2012, 2010]));
  });

  it.each(dataset.clusters.filter((c) => c.figures.length > 0).map((c) => [c.id, c] as const))(
    'cluster %s: figures and their years',
    (_, cluster) => {
      const { container } = render(<DetailLists cluster={cluster} dataset={dataset} />);
      const years = cluster.figures.flatMap((f) => [
        ...(f.year === null ? [] : [f.year]),
        ...(f.unit === YEAR_UNIT && typeof f.value === 'number' ? [f.value] : []),
      ]);
      expectPlainYears(container.textContent ?? '', years);
    },
  );

  it.each(dataset.policies.map((p) => [p.id, p] as const))('policy %s: years and year figures', (_, policy) => {
    const item: PolicyItem = {
      ...describePolicy(policy, dataset, '2026-01-10'),
      relevance: 'cross-cutting',
      relevanceText: '',
      inTopState: false,
    };
    const { container } = render(<PolicyCard item={item} />);
    // Figures past the first three are behind "More": open it.
    container.querySelectorAll('details').forEach((d) => (d.open = true));
    const years = [
      policy.startYear,
      policy.endYear,
      ...policy.targets.map((t) => t.year),
      ...policy.targets.map((t) => (t.unit === YEAR_UNIT && typeof t.value === 'number' ? t.value : null)),
    ].filter((y): y is number => y !== null);
    expectPlainYears(container.textContent ?? '', years);
  });
});
