// The list a cluster manager sees first, on the real dataset: with a sector chosen, the clusters
// with sector fit and a counts line; one control lists the others; an interest no cluster states
// is marked; the detail says what would move a cluster up.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { ClusterDetail } from '@/features/cluster-detail/cluster-detail';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { InterestsField } from '@/features/profile/interests-field';
import { useAppStore } from '@/stores/app-store';
import { readPublicDataset } from '../fixtures/public-data';
import { renderApp } from './render-app';

const parsed = parseDataset(readPublicDataset());
const clusters = parsed.dataset.clusters;
const count = (sector: string) => clusters.filter((c) => c.sectors.some((s) => s.id === sector)).length;
const topLevelItems = () =>
  Array.from(screen.getByRole('list', { name: 'Matches' }).children).filter((el) => el.tagName === 'LI');

function renderList() {
  return renderApp({
    dataset: parsed,
    ui: (
      <>
        <InterestsField />
        <MatchesPanel />
        <ClusterDetail />
      </>
    ),
  });
}

beforeEach(() => {
  useAppStore.getState().setProfile({ sectors: ['aerospace'], asOf: '2026-01-01' });
});

describe('relevance first in the matches list', () => {
  it('counts the aerospace, related and other clusters and lists only those with fit', () => {
    renderList();
    const aero = count('aerospace');
    const line = screen.getByTestId('relevance-counts');
    const match = /^(\d+) aerospace · (\d+) in related sectors · (\d+) others$/.exec(line.textContent ?? '');
    expect(match, line.textContent ?? '').not.toBeNull();
    const [exact, related, others] = match!.slice(1).map(Number) as [number, number, number];
    expect(exact).toBe(aero);
    expect(exact + related + others).toBe(clusters.length);
    expect(topLevelItems()).toHaveLength(exact + related);
    expect(screen.getByRole('heading', { name: `${exact + related} matches` })).toBeInTheDocument();
  });

  it('lists the others too with the one control, and back', async () => {
    const user = userEvent.setup();
    renderList();
    const box = screen.getByRole('checkbox', { name: /^Also list the \d+ clusters of other sectors/ });
    expect(box).not.toBeChecked();
    expect(screen.queryByRole('button', { name: 'CLAUT' })).toBeNull();
    await user.click(box);
    expect(useAppStore.getState().includeOtherSectors).toBe(true);
    expect(topLevelItems()).toHaveLength(clusters.length);
    const claut = topLevelItems().find((li) => li.textContent?.includes('CLAUT')) as HTMLElement;
    expect(claut).toHaveTextContent(/outside your sectors; its other criteria count for nothing in your ranking/);
    expect(within(claut).getByRole('img')).toHaveAccessibleName(/^Score 0(\.0)? of 100/);
    await user.click(box);
    expect(topLevelItems().length).toBeLessThan(clusters.length);
  });

  it('says when no Mexican cluster works in the chosen sector', () => {
    const withoutAero = {
      ...parsed,
      dataset: {
        ...parsed.dataset,
        clusters: clusters.map((c) => ({ ...c, sectors: c.sectors.filter((s) => s.id !== 'aerospace') })),
      },
    };
    renderApp({ dataset: withoutAero, ui: <MatchesPanel /> });
    expect(screen.getByTestId('relevance-counts')).toHaveTextContent(
      /^No Mexican cluster in the sources works in aerospace · \d+ in related sectors · \d+ others$/,
    );
  });

  it('marks an interest no cluster states, and ticking it changes no score', async () => {
    const user = userEvent.setup();
    renderList();
    const missions = screen.getByRole('checkbox', { name: 'Business missions and matchmaking' });
    expect(missions).toHaveAccessibleDescription('no cluster in the sources states this');
    const supply = screen.getByRole('checkbox', { name: /^Supply chain/ });
    expect(supply).not.toHaveAccessibleDescription();
    await user.click(supply);
    const before = topLevelItems().map((li) => li.textContent);
    await user.click(missions);
    expect(topLevelItems().map((li) => li.textContent)).toEqual(before);
  });

  it('says in the detail what would move a cluster up', async () => {
    renderList();
    const second = topLevelItems()[1] as HTMLElement;
    const name = within(second).getAllByRole('button')[0]!;
    await userEvent.setup().click(name);
    const section = screen.getByRole('heading', { name: 'What would move it up' }).closest('section') as HTMLElement;
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(
      /(would add [\d.]+ points: rank 1|it would rank 1 \(score [\d.]+\))$/,
    );
  });
});
