import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { ChartsPanel } from '@/features/charts/charts-panel';
import { useAppStore } from '@/stores/app-store';
import { chartsPoliciesFixture } from '../fixtures/charts-policies-raw-files';
import { renderApp } from './render-app';

/** The panel mounts its charts one idle task at a time: resolves once the last one is there. */
async function renderPanel() {
  const view = renderApp({ dataset: parseDataset(chartsPoliciesFixture()), ui: <ChartsPanel /> });
  await screen.findByRole('figure', { name: 'Sector context' }, { timeout: 5000 });
  return view;
}

const figure = (name: string) => screen.getByRole('figure', { name });

async function openTable(name: string) {
  const fig = figure(name);
  await userEvent.click(within(fig).getByText('Show as table'));
  return within(fig).getByRole('table');
}

beforeEach(() => {
  // These tests read the whole list; with a sector chosen the default lists only clusters with
  // sector fit (tests/component/relevance-line.test.tsx).
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ asOf: '2026-11-23' });
});

describe('ChartsPanel', () => {
  it('has a heading, a summary and a table for each chart', async () => {
    await renderPanel();
    for (const name of [
      'Score breakdown of the top matches',
      'Matches and state strength by state',
      'ESCA labels by level and validity',
      'Sector context',
    ]) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
      expect(within(figure(name)).getByRole('table', { hidden: true })).toBeInTheDocument();
    }
  });

  it('explains the top match in words and in the table after choosing aerospace', async () => {
    await renderPanel();
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    const fig = figure('Score breakdown of the top matches');
    // The charts take a change once the rest of the dashboard has committed it (useSameFrame).
    expect(
      await within(fig).findByText(/^Top match: Aerocluster Querétaro, [\d.]+\/100 — sector fit contributes most$/),
    ).toBeInTheDocument();
    const table = await openTable('Score breakdown of the top matches');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5); // header + 4 clusters
    expect(within(rows[1] as HTMLElement).getByText('Aerocluster Querétaro')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Sector fit' })).toBeInTheDocument();
    expect(within(fig).getByRole('list', { name: 'Score colours' })).toHaveTextContent('Sector fit');
  });

  it('shows matches and state strength per state', async () => {
    await renderPanel();
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    const table = await openTable('Matches and state strength by state');
    // Charts take a change after the list and map have committed it (useSameFrame).
    expect(
      await within(table).findByRole('columnheader', { name: 'State strength for aerospace (0–100)' }),
    ).toBeInTheDocument();
    const que = within(table).getByRole('row', { name: /Querétaro/ });
    expect(
      within(que)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Querétaro', '1', expect.stringMatching(/^\d+$/)]);
  });

  it('counts labels as valid or expired on the as-of date', async () => {
    await renderPanel();
    const fig = figure('ESCA labels by level and validity');
    expect(
      within(fig).getByText('2 of 4 matches hold an ESCA label: 1 valid and 1 expired on 23 Nov 2026.'),
    ).toBeInTheDocument();
    const table = await openTable('ESCA labels by level and validity');
    expect(within(table).getByRole('row', { name: /Bronze/ })).toHaveTextContent('Bronze011');
  });

  it('shows sector context figures as cards with value, unit, year and source', async () => {
    await renderPanel();
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    const fig = figure('Sector context');
    await waitFor(() => expect(within(fig).getAllByRole('listitem')[0]).toHaveTextContent('6.8 EUR billion'));
    const cards = within(fig).getAllByRole('listitem');
    expect(cards[0]).toHaveTextContent('6.8 EUR billion');
    expect(cards[0]).toHaveTextContent('Year: 2017');
    expect(cards[0]).toHaveTextContent('Source: Preparatory Briefing on Mexico (2019 edition), 2.3 Sectoral strengths');
    expect(cards[1]).toHaveTextContent('year not stated in the sources');
  });

  it('draws the charts as SVG once sized', async () => {
    const { container } = await renderPanel();
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    expect(container.querySelectorAll('.recharts-responsive-container svg').length).toBeGreaterThanOrEqual(3);
  });
});
