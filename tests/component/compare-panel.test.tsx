import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { ComparePanel } from '@/features/compare/compare-panel';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { useAppStore } from '@/stores/app-store';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { renderApp } from './render-app';

function renderWithList() {
  return renderApp({
    dataset: parseDataset(matchesRawFixture()),
    ui: (
      <>
        <MatchesPanel />
        <ComparePanel />
      </>
    ),
  });
}

const columnHeads = () =>
  within(screen.getByRole('table', { name: 'Compare clusters' }))
    .getAllByRole('columnheader')
    .map((th) => th.querySelector('span')?.textContent);

beforeEach(() => {
  // These tests read the whole list; with a sector chosen the default lists only clusters with
  // sector fit (tests/component/relevance-line.test.tsx).
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ sectors: ['aerospace'], asOf: '2026-01-10' });
});

describe('ComparePanel', () => {
  it('explains how to add clusters when none is chosen', () => {
    renderWithList();
    expect(screen.getByText(/Use Compare on a match/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Compare clusters' })).not.toBeInTheDocument();
  });

  it('shows the chosen clusters side by side with criteria, label, ECCP, state and partners', async () => {
    const user = userEvent.setup();
    renderWithList();
    await user.click(screen.getByRole('button', { name: 'Compare Aeroclúster de Querétaro' }));
    await user.click(screen.getByRole('button', { name: 'Compare IJALTI' }));
    expect(columnHeads()).toEqual(['Aeroclúster de Querétaro', 'IJALTI']);
    const table = screen.getByRole('table', { name: 'Compare clusters' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(row('Total score')).toHaveTextContent(/of 100/);
    expect(row('Sector fit')).toHaveTextContent('Works in aerospace, your sector');
    expect(row('Sector fit')).toHaveTextContent('Works in ICT, outside your sectors');
    expect(row('Label and validity')).toHaveTextContent('Gold ESCA label, valid until 15 Feb 2099');
    expect(row('Label and validity')).toHaveTextContent('Silver ESCA label, no validity date stated');
    expect(row('ECCP')).toHaveTextContent('ECCP member');
    expect(row('State')).toHaveTextContent('Querétaro');
    expect(row('State')).toHaveTextContent('not stated in the sources');
    expect(row('State strength').textContent).toMatch(/pts/);
    expect(row('Figures')).toHaveTextContent('Member companies: 1,200 companies (2018)');
    expect(row('Focus areas')).toHaveTextContent('Supply chain');
    expect(row('EU partners')).toHaveTextContent('Aerospace Valley (France)');
  });

  it('caps at four and removes or clears', async () => {
    const user = userEvent.setup();
    renderWithList();
    const names = [
      'Aeroclúster de Querétaro',
      'Monterrey Aerocluster',
      'IJALTI',
      'Clúster TIC Dos',
      'Clúster TIC Tres',
    ];
    for (const name of names) {
      const button = screen.getByRole('button', { name: `Compare ${name}` });
      if (button.hasAttribute('disabled')) continue;
      await user.click(button);
    }
    expect(columnHeads()).toHaveLength(4);
    expect(columnHeads()).not.toContain('Clúster TIC Tres');
    expect(screen.getByRole('heading', { name: /Compare \(4 of 4\)/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove IJALTI from comparison' }));
    expect(columnHeads()).toEqual(['Aeroclúster de Querétaro', 'Monterrey Aerocluster', 'Clúster TIC Dos']);

    await user.click(screen.getByRole('button', { name: 'Clear comparison' }));
    expect(useAppStore.getState().compareIds).toEqual([]);
    expect(screen.getByText(/Use Compare on a match/)).toBeInTheDocument();
  });

  it('keeps a chosen cluster that the filters now hide, marked as such', async () => {
    const user = userEvent.setup();
    renderWithList();
    await user.click(screen.getByRole('button', { name: 'Compare IJALTI' }));
    useAppStore.getState().setFilters({ eccpOnly: true });
    expect(await screen.findByText('hidden by the current filters')).toBeInTheDocument();
    expect(columnHeads()).toEqual(['IJALTI']);
  });
});
