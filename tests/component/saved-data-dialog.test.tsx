import { screen, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { SavedDataDialog } from '@/features/saved-data/saved-data-dialog';
import { useAppStore } from '@/stores/app-store';
import { STORE_KEY, STORE_VERSION, newShortlist } from '@/stores/saved-shortlists';

const trip = { ...newShortlist('Trip', 'trip'), entries: [{ clusterId: 'claut', note: 'Ana' }] };
const READABLE = `${STORE_KEY}:set-aside:2026-03-04T10:00:00.000Z`;
const CORRUPT = `${STORE_KEY}:set-aside:2026-01-02T10:00:00.000Z`;
const readable = JSON.stringify({
  state: { shortlists: [trip, { id: 7 }], activeShortlistId: 'trip' },
  version: STORE_VERSION,
});

beforeEach(async () => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await useAppStore.persist.rehydrate();
  localStorage.setItem(READABLE, readable);
  localStorage.setItem(CORRUPT, '{broken');
  useAppStore.getState().createShortlist('Mine');
  useAppStore.setState({ savedDataOpen: true });
});

function open() {
  const download = vi.fn();
  const user = userEvent.setup();
  render(<SavedDataDialog download={download} />);
  const dialog = screen.getByRole('dialog', { name: 'Saved data' });
  const items = within(dialog).getAllByRole('listitem');
  return { download, user, dialog, items };
}

describe('SavedDataDialog', () => {
  it('lists each backup with its time, size and what it holds; an unreadable one can still be downloaded', async () => {
    const { download, user, items } = open();
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/Holds 1 shortlist this version can read: "Trip" \(1 cluster\)/);
    expect(items[0]).toHaveTextContent(/Cannot be read here: shortlist 2/);
    expect(items[1]).toHaveTextContent('7 bytes');
    expect(items[1]).toHaveTextContent(/Holds no shortlist.*not valid JSON/);
    const restoreCorrupt = within(items[1]).getByRole('button', { name: /^Restore backup of/ });
    expect(restoreCorrupt).toBeDisabled();
    await user.click(within(items[1]).getByRole('button', { name: /^Download backup of/ }));
    expect(download).toHaveBeenCalledWith(
      expect.stringMatching(/set-aside-2026-01-02T10-00-00-000Z\.json$/),
      '{broken',
      'application/json',
    );
  });

  it('restores a backup by adding its lists next to the current ones, and says so', async () => {
    const { user, dialog, items } = open();
    await user.click(within(items[0]).getByRole('button', { name: /^Restore backup of/ }));
    expect(useAppStore.getState().shortlists.map((l) => l.name)).toEqual(['Mine', 'Trip']);
    expect(useAppStore.getState().shortlists[1]).toEqual(trip);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Added 1 list: "Trip".');
    expect(useAppStore.getState().notices.at(-1)?.message()).toMatch(
      /^Restored the backup of .*Added 1 list: "Trip"\./,
    );
    // The backup stays until the user deletes it; restoring again adds nothing.
    await user.click(within(items[0]).getByRole('button', { name: /^Restore backup of/ }));
    expect(useAppStore.getState().shortlists).toHaveLength(2);
    expect(localStorage.getItem(READABLE)).toBe(readable);
  });

  it('deletes a backup only after a confirmation', async () => {
    const { user, dialog, items } = open();
    await user.click(within(items[1]).getByRole('button', { name: /^Delete backup of/ }));
    await user.click(within(items[1]).getByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(CORRUPT)).toBe('{broken');
    await user.click(within(items[1]).getByRole('button', { name: /^Delete backup of/ }));
    await user.click(within(items[1]).getByRole('button', { name: 'Yes, delete it' }));
    expect(localStorage.getItem(CORRUPT)).toBeNull();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
  });

  it('downloads the saved data as it is, and closes with Escape', async () => {
    const { download, user } = open();
    await user.click(screen.getByRole('button', { name: 'Download saved data' }));
    expect(download).toHaveBeenCalledWith(
      expect.stringMatching(/\.json$/),
      localStorage.getItem(STORE_KEY),
      'application/json',
    );
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().savedDataOpen).toBe(false);
  });
});
