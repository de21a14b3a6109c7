import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { useAppStore } from '@/stores/app-store';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { renderApp } from './render-app';

function renderPanel() {
  return renderApp({ dataset: parseDataset(matchesRawFixture()), ui: <MatchesPanel /> });
}

const topItems = () =>
  Array.from(screen.getByRole('list', { name: 'Matches' }).children).filter((el) => el.tagName === 'LI');
const scoreOf = (li: Element) =>
  Number(
    /Score ([\d.]+) of 100/.exec(
      within(li as HTMLElement)
        .getByRole('img')
        .getAttribute('aria-label') ?? '',
    )?.[1],
  );

beforeEach(() => {
  // These tests read the whole list; with a sector chosen the default lists only clusters with
  // sector fit (tests/component/relevance-line.test.tsx).
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ sectors: ['aerospace'], asOf: '2026-01-10' });
});

describe('MatchesPanel', () => {
  it('lists one item per cluster, ordered by score, with a count', () => {
    renderPanel();
    expect(screen.getByRole('heading', { name: '6 matches' })).toBeInTheDocument();
    const lis = topItems();
    expect(lis).toHaveLength(6);
    const scores = lis.map(scoreOf);
    expect(scores.every((s) => Number.isFinite(s))).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(within(lis[0] as HTMLElement).getByRole('button', { name: 'Aeroclúster de Querétaro' })).toBeInTheDocument();
  });

  it('shows state, sectors, label validity, ECCP and reasons as text', () => {
    renderPanel();
    const first = topItems()[0] as HTMLElement;
    expect(first).toHaveTextContent('Querétaro');
    expect(first).toHaveTextContent('Aerospace');
    expect(first).toHaveTextContent(/Gold ESCA label, valid until 15 Feb 2099/);
    expect(first).toHaveTextContent('ECCP member');
    expect(within(first).getByRole('img')).toHaveAccessibleName(/^Score [\d.]+ of 100: Sector fit [\d.]+, ESCA label/);
    const noState = topItems().find((li) => li.textContent?.includes('IJALTI')) as HTMLElement;
    expect(noState).toHaveTextContent('not stated in the sources');
    expect(noState).toHaveTextContent('not on the map');
    expect(noState).toHaveTextContent(/Silver ESCA label, no validity date stated/);
    expect(screen.getByText('3 not on the map')).toBeInTheDocument();
  });

  it('selects a cluster and marks it as current', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'IJALTI' }));
    expect(useAppStore.getState().selectedId).toBe('ict-jalisco');
    const current = topItems().filter((li) => li.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('IJALTI');
  });

  it('toggles the shortlist with a pressed state and a changing name', async () => {
    const user = userEvent.setup();
    renderPanel();
    const add = screen.getByRole('button', { name: 'Add IJALTI to shortlist' });
    expect(add).toHaveAttribute('aria-pressed', 'false');
    await user.click(add);
    const remove = screen.getByRole('button', { name: 'Remove IJALTI from shortlist' });
    expect(remove).toHaveAttribute('aria-pressed', 'true');
    const { shortlists, activeShortlistId } = useAppStore.getState();
    expect(shortlists.find((l) => l.id === activeShortlistId)?.entries.map((e) => e.clusterId)).toEqual([
      'ict-jalisco',
    ]);
    await user.click(remove);
    expect(screen.getByRole('button', { name: 'Add IJALTI to shortlist' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('caps the comparison at four: the others are disabled, chosen ones stay removable', async () => {
    const user = userEvent.setup();
    renderPanel();
    const names = ['Aeroclúster de Querétaro', 'Monterrey Aerocluster', 'IJALTI', 'Clúster TIC Dos'];
    for (const name of names) await user.click(screen.getByRole('button', { name: `Compare ${name}` }));
    expect(useAppStore.getState().compareIds).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Compare Clúster TIC Tres' })).toBeDisabled();
    const chosen = screen.getByRole('button', { name: 'Compare IJALTI' });
    expect(chosen).toBeEnabled();
    expect(chosen).toHaveAttribute('aria-pressed', 'true');
    await user.click(chosen);
    expect(screen.getByRole('button', { name: 'Compare Clúster TIC Tres' })).toBeEnabled();
  });

  it('says when the filters exclude everything and offers to clear them', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFilters({ query: 'no such cluster anywhere', eccpOnly: true });
    renderPanel();
    expect(screen.getByRole('heading', { name: '0 matches' })).toBeInTheDocument();
    expect(screen.getByText(/No cluster matches these filters/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(topItems()).toHaveLength(6);
    expect(screen.queryByText(/No cluster matches these filters/)).not.toBeInTheDocument();
  });
});
