// The app store with another tab writing to the same localStorage: the other tab's change arrives
// through the `storage` event and is merged in without a write back.
import { vi } from 'vitest';
import { addEntry, setNote } from '@/domain/shortlist';
import { useAppStore } from '@/stores/app-store';
import { STORE_KEY } from '@/stores/saved-shortlists';
import { syncedTab } from '../fixtures/synced-tab';

const store = () => useAppStore.getState();

/** Another tab: its own copy over the same localStorage, as the app store keeps it. */
const otherTab = () => syncedTab(localStorage);

beforeEach(async () => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await useAppStore.persist.rehydrate();
});

describe('two tabs on one app store', () => {
  it('takes in another tab’s entry and note when its storage event arrives, without writing back', () => {
    store().toggleShortlisted('claut');
    store().setShortlistNote('claut', 'Meet Ana');
    const other = otherTab();
    const [list] = other.state.shortlists;
    other.set({ ...other.state, shortlists: [setNote(addEntry(list, 'aeroqro'), 'aeroqro', 'From B')] });
    const written = localStorage.getItem(STORE_KEY);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    window.dispatchEvent(new StorageEvent('storage', { key: STORE_KEY }));
    expect(store().shortlists[0].entries).toEqual([
      { clusterId: 'claut', note: 'Meet Ana' },
      { clusterId: 'aeroqro', note: 'From B' },
    ]);
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.getItem(STORE_KEY)).toBe(written);
  });

  it('merges before writing, so a tab that has not heard of another tab’s change still keeps it', () => {
    store().toggleShortlisted('claut');
    const other = otherTab();
    const [list] = other.state.shortlists;
    other.set({ ...other.state, shortlists: [setNote(addEntry(list, 'aeroqro'), 'aeroqro', 'From B')] });
    // No storage event yet: this tab is stale, and ticks a sector, then adds an entry.
    store().setProfile({ sectors: ['automotive'] });
    store().setView('meetings');
    store().toggleShortlisted('hegan');
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? '');
    const ids = (entries: Array<{ clusterId: string }>) => entries.map((e) => e.clusterId).sort();
    expect(ids(saved.state.shortlists[0].entries)).toEqual(['aeroqro', 'claut', 'hegan']);
    expect(ids(store().shortlists[0].entries)).toEqual(['aeroqro', 'claut', 'hegan']);
    expect(store().shortlists[0].entries.find((e) => e.clusterId === 'aeroqro')?.note).toBe('From B');
  });
});
