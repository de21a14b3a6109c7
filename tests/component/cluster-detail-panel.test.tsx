import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset, type ParsedDataset } from '@/data/parse-dataset';
import { ClusterDetail } from '@/features/cluster-detail/cluster-detail';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { useAppStore } from '@/stores/app-store';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { renderApp } from './render-app';

function renderWithList(parsed: ParsedDataset = parseDataset(matchesRawFixture())) {
  return renderApp({
    dataset: parsed,
    ui: (
      <>
        <MatchesPanel />
        <ClusterDetail />
      </>
    ),
  });
}

beforeEach(() => {
  // These tests read the whole list; with a sector chosen the default lists only clusters with
  // sector fit (tests/component/relevance-line.test.tsx).
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ sectors: ['aerospace'], asOf: '2026-01-10' });
});

describe('ClusterDetail', () => {
  it('renders nothing until a cluster is selected', () => {
    renderWithList();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from the list with every fact, its sources and the full score explanation', async () => {
    const user = userEvent.setup();
    renderWithList();
    await user.click(screen.getByRole('button', { name: 'Aeroclúster de Querétaro' }));
    const dialog = screen.getByRole('dialog', { name: 'Aeroclúster de Querétaro' });
    expect(dialog).toHaveFocus();
    for (const text of [
      'Queretaro Aerospace Cluster; AQ',
      'Querétaro (Queretaro)',
      'approximate, city-level',
      'source wording: “Aeronautics”',
      'ECCP member',
      'Gold ESCA label, valid until 15 Feb 2099',
      'Bronze ESCA label, expired 23 Jun 2015',
      'Member companies:',
      '1,200 companies',
      'Supply chain committee',
      'Supply chain',
      'Aerospace Valley (France)',
      'Preparatory Briefing on Mexico, December 2016 — Annex Table 4',
      'Preparatory Briefing on Mexico, March 2019 — Table 2',
      'Preparatory Briefing on Mexico — updated, March 2019 (ECCP)',
      'Source: Preparatory Briefing on Mexico, March 2019 — Table 2',
      '(2018)',
      'Aerospace cluster organisation of Querétaro.',
      'Spelled several ways in the sources.',
    ]) {
      expect(dialog).toHaveTextContent(text);
    }
    const link = within(dialog).getByRole('link', { name: /aeroclusterqro\.example/ });
    expect(link).toHaveAttribute('href', 'https://aeroclusterqro.example');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    const table = within(dialog).getByRole('table', { name: 'Score explanation by criterion' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7);
    const sector = within(table).getByRole('row', { name: /Sector fit/ });
    expect(sector).toHaveTextContent('100%');
    expect(sector).toHaveTextContent(/Works in aerospace, your sector/);
    expect(within(table).getByRole('row', { name: /Interests/ })).toHaveTextContent('not used');
    expect(within(dialog).getByText(/^Points not earned:/).parentElement).toHaveTextContent(
      /Points not earned: [A-Za-z ]+ \d+(\.\d)?( · [A-Za-z ]+ \d+(\.\d)?)*$/,
    );
  });

  it('says "not stated in the sources" for every gap', async () => {
    const user = userEvent.setup();
    renderWithList();
    await user.click(screen.getByRole('button', { name: 'IJALTI' }));
    const dialog = screen.getByRole('dialog', { name: 'IJALTI' });
    // acronym, aliases, state, city, figures, committees, focus areas, partners, website, description, notes
    expect(within(dialog).getAllByText('not stated in the sources').length).toBeGreaterThanOrEqual(11);
    expect(dialog).toHaveTextContent('none, so the cluster is not on the map');
    expect(dialog).toHaveTextContent('Silver ESCA label, no validity date stated');
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
  });

  it('never turns a javascript: website into a link', async () => {
    const user = userEvent.setup();
    const parsed = parseDataset(matchesRawFixture());
    // The schema already refuses such URLs; this checks the second line of defence in the UI.
    const clusters = parsed.dataset.clusters.map((c) =>
      c.id === 'ict-jalisco' ? { ...c, website: 'javascript:alert(1)' } : c,
    );
    renderWithList({ ...parsed, dataset: { ...parsed.dataset, clusters } });
    await user.click(screen.getByRole('button', { name: 'IJALTI' }));
    const dialog = screen.getByRole('dialog', { name: 'IJALTI' });
    expect(dialog).toHaveTextContent('javascript:alert(1)');
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
  });

  it('toggles the shortlist from the detail', async () => {
    const user = userEvent.setup();
    renderWithList();
    await user.click(screen.getByRole('button', { name: 'IJALTI' }));
    const dialog = screen.getByRole('dialog', { name: 'IJALTI' });
    await user.click(within(dialog).getByRole('button', { name: 'Add to shortlist' }));
    expect(within(dialog).getByRole('button', { name: 'Remove from shortlist' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Remove IJALTI from shortlist' })).toBeInTheDocument();
  });

  it('closes with the Close button and with Esc, returning focus to the list', async () => {
    const user = userEvent.setup();
    renderWithList();
    const open = screen.getByRole('button', { name: 'IJALTI' });
    await user.click(open);
    await user.click(screen.getByRole('button', { name: 'Close detail' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(open).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'IJALTI' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('explains a cluster the filters hide (e.g. chosen on the map)', () => {
    useAppStore.getState().setFilters({ eccpOnly: true });
    useAppStore.getState().select('ict-jalisco');
    renderWithList();
    const dialog = screen.getByRole('dialog', { name: 'IJALTI' });
    expect(dialog).toHaveTextContent('hidden by the current filters, scored without them');
    expect(within(dialog).getByRole('table', { name: 'Score explanation by criterion' })).toBeInTheDocument();
  });
});
