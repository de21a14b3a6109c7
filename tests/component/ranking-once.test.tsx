// The dashboard's panels share one ranking pass per input change (the derived model), and the
// meeting list scores shortlisted clusters from the full ranking, whatever the search hides.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rankingPassCount } from '@/hooks/ranking-memo';
import { useAppStore } from '@/stores/app-store';
import { IDS, shortlistRaw } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

describe('one ranking pass per input change', () => {
  it('ranks once when a sector is ticked, with matches, map, charts, policies, detail and compare open', async () => {
    const user = userEvent.setup();
    renderApp({ files: shortlistRaw() });
    const matches = await screen.findByRole('list', { name: 'Matches' });
    const first = within(matches).getAllByRole('listitem')[0];
    if (!first) throw new Error('no matches rendered');
    // Open the detail and compare so every panel that shows scores is mounted.
    const { select, toggleCompare } = useAppStore.getState();
    select(IDS.queretaro);
    toggleCompare(IDS.queretaro);
    toggleCompare(IDS.ict);
    // Detail and compare share tabs under the map: a tab mounts when first opened, then the one
    // not shown stays mounted (hidden). Open compare, policies and the detail again, so all are mounted.
    const tabs = await screen.findByRole('tablist', { name: /Detail, comparison/ });
    for (const name of [/^Compare/, /^Policies/, /^Detail/])
      await user.click(await within(tabs).findByRole('tab', { name }, { timeout: 10_000 }));
    expect(
      await screen.findByRole('region', { name: 'Compare', hidden: true }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Close detail' }, { timeout: 10_000 });

    const before = rankingPassCount();
    await user.click(within(screen.getByRole('group', { name: 'Sector' })).getByRole('checkbox', { name: /ICT/ }));
    await waitFor(() => expect(useAppStore.getState().profile.sectors).toEqual(['ict']));
    expect(rankingPassCount() - before).toBe(1);

    // A filter or search changes what the list shows, never the scores: no new pass.
    const afterSector = rankingPassCount();
    useAppStore.getState().setFilters({ query: 'queretaro' });
    expect(await screen.findByRole('heading', { name: '1 match' })).toBeInTheDocument();
    expect(rankingPassCount()).toBe(afterSector);
  }, 30_000);
});
