// The score chart's picture: names and totals drawn beside the bars (src/features/charts/row-labels.tsx),
// read from the SVG and checked against the chart's own table, and segments stacked in criterion order.
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CRITERION_COLORS } from '@/components/criterion-colors';
import { parseDataset } from '@/data/parse-dataset';
import { CRITERIA } from '@/domain/profile';
import { truncate } from '@/features/charts/chart-model';
import { ChartsPanel } from '@/features/charts/charts-panel';
import { useAppStore } from '@/stores/app-store';
import { chartsPoliciesFixture } from '../fixtures/charts-policies-raw-files';
import { renderApp } from './render-app';

const TITLE = 'Score breakdown of the top matches';
const svgOf = (container: HTMLElement) => container.querySelector('.recharts-responsive-container svg') as SVGElement;
const texts = (svg: SVGElement, anchor: 'end' | 'start') =>
  [...svg.querySelectorAll('.row-labels text')]
    .filter((t) => (t.getAttribute('text-anchor') ?? 'start') === anchor)
    .map((t) => ({ text: t.textContent, y: Number(t.getAttribute('y')), x: Number(t.getAttribute('x')) }));

/** The table's rows as [cluster, score] (the text alternative the picture must agree with). */
function tableRows() {
  const table = within(screen.getByRole('figure', { name: TITLE })).getByRole('table', { hidden: true });
  return within(table)
    .getAllByRole('row', { hidden: true })
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell', { hidden: true })
        .map((c) => c.textContent ?? ''),
    );
}

/** Segments per row (by their vertical position), left to right, as criterion colours. */
function stacks(svg: SVGElement) {
  const byRow = new Map<number, Array<{ x: number; width: number; fill: string }>>();
  for (const p of svg.querySelectorAll('.recharts-bar-rectangle path')) {
    const y = Number(p.getAttribute('y'));
    const seg = {
      x: Number(p.getAttribute('x')),
      width: Number(p.getAttribute('width')),
      fill: p.getAttribute('fill') ?? '',
    };
    byRow.set(y, [...(byRow.get(y) ?? []), seg]);
  }
  return [...byRow].sort((a, b) => a[0] - b[0]).map(([, segs]) => segs.sort((a, b) => a.x - b.x));
}

function expectPictureMatchesTable(svg: SVGElement) {
  const rows = tableRows();
  const names = texts(svg, 'end');
  // The fixture's clusters have no acronyms: each name is its cluster's, truncated to fit.
  expect(names.map((n) => n.text)).toEqual(rows.map((r) => truncate(r[1] ?? '', 19)));
  // Names top to bottom in rank order; each total on its row's line, right of its stack.
  expect(names.map((n) => n.y)).toEqual([...names.map((n) => n.y)].sort((a, b) => a - b));
  const totals = texts(svg, 'start');
  const scored = rows.filter((r) => Number(r[2]) > 0);
  expect(totals.map((t) => t.text)).toEqual(scored.map((r) => r[2]));
  const order = CRITERIA.map((id) => CRITERION_COLORS[id]);
  const segs = stacks(svg);
  expect(segs).toHaveLength(scored.length);
  segs.forEach((row, i) => {
    // Stacked in criterion order, each segment starting where the previous one ends.
    const fills = row.map((s) => order.indexOf(s.fill));
    expect(fills).toEqual([...fills].sort((a, b) => a - b));
    row.slice(1).forEach((s, j) => expect(s.x).toBeCloseTo((row[j]?.x ?? 0) + (row[j]?.width ?? 0), 1));
    const last = row[row.length - 1];
    expect(totals[i]?.x).toBeGreaterThan((last?.x ?? 0) + (last?.width ?? 0));
    expect(totals[i]?.y).toBe(names[i]?.y);
  });
}

beforeEach(() => {
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ asOf: '2026-11-23', sectors: [], interests: [] });
});

describe('Score breakdown picture', () => {
  it('draws each row’s name and total beside stacks in criterion order, as its table lists them', async () => {
    const { container } = renderApp({ dataset: parseDataset(chartsPoliciesFixture()), ui: <ChartsPanel /> });
    await screen.findByRole('figure', { name: 'Sector context' }, { timeout: 5000 });
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    const fig = screen.getByRole('figure', { name: TITLE });
    await within(fig).findByText(/^Top match: Aerocluster Querétaro/);
    await waitFor(() => expect(texts(svgOf(container), 'start').length).toBeGreaterThan(0));
    expectPictureMatchesTable(svgOf(container));
    expect(texts(svgOf(container), 'end')[0]?.text).toBe('Aerocluster Querét…');

    // A second change (another sector): the picture follows it, still in order and agreeing.
    const before = tableRows();
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace', 'ict'] }));
    await waitFor(() => expect(tableRows()).not.toEqual(before));
    expectPictureMatchesTable(svgOf(container));
  });

  it('gives no element of the charts an id another element has (recharts copies row fields onto bars)', async () => {
    const { container } = renderApp({ dataset: parseDataset(chartsPoliciesFixture()), ui: <ChartsPanel /> });
    await screen.findByRole('figure', { name: 'Sector context' }, { timeout: 5000 });
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    await waitFor(() => expect(texts(svgOf(container), 'start').length).toBeGreaterThan(0));
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
