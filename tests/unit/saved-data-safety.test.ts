// Issue 14, items 3 and 7: full storage never costs the original saved data, unknown top-level
// fields are kept, backups can be read back and restored without replacing anything.
import { describe, expect, it } from 'vitest';
import { listBackups, readBackup, restoreLists } from '@/stores/saved-backups';
import { STORE_KEY, STORE_VERSION, newShortlist, type SavedShortlists } from '@/stores/saved-shortlists';
import { readStoredValue } from '@/stores/stored-value';
import { STORAGE_TEXT } from '@/stores/storage-messages';
import { memoryStorage, storedItems } from '../fixtures/memory-storage';
import { syncedTab } from '../fixtures/synced-tab';

const trip = { ...newShortlist('Trip', 'trip'), entries: [{ clusterId: 'claut', note: 'Ana' }] };
const fair = newShortlist('Fair', 'fair');
const saved = (state: object, version: unknown = STORE_VERSION) => JSON.stringify({ state, version });

const tab = (storage: Storage) => {
  const t = syncedTab(storage);
  return { ...t, state: () => t.state, set: (next: SavedShortlists) => t.set(next) };
};

/** A storage that is full: what is in it stays, nothing more fits. */
function fullStorage(items: Array<[string, string]>) {
  const map = new Map(items);
  const used = items.reduce((n, [k, v]) => n + k.length + v.length, 0);
  return memoryStorage({ items: map, quota: used });
}

describe('full storage and saved data that cannot be loaded whole (item 3)', () => {
  it.each([
    ['corrupt', '{"state": {"shortlists": [', /corrupt/],
    ['of a future version', saved({ shortlists: [trip], activeShortlistId: 'trip' }, STORE_VERSION + 5), /version/],
  ])('leaves saved data that is %s untouched, turns saving off and says so', (_what, raw, why) => {
    const storage = fullStorage([[STORE_KEY, raw]]);
    const t = tab(storage);
    expect(t.safe.isSavingOff()).toBe(true);
    expect(t.reports).toHaveLength(1);
    const [notice] = t.reports;
    expect(notice.savingOff).toBe(true);
    expect(notice.message()).toMatch(why);
    expect(notice.message()).toMatch(/saving is off and nothing was overwritten/);
    expect(notice.message()).toContain(`untouched under "${STORE_KEY}"`);
    expect(notice.message()).toMatch(/free space/i);
    // The notice itself, and any later change, writes nothing.
    t.set({ shortlists: [fair], activeShortlistId: 'fair' });
    t.set({ shortlists: [fair, trip], activeShortlistId: 'trip' });
    expect(storedItems(storage)).toEqual([[STORE_KEY, raw]]);
  });

  it('keeps the part it could load, and the original, when the partial copy cannot be backed up', () => {
    const raw = saved({ shortlists: [trip, { ...fair, id: '' }], activeShortlistId: 'trip' });
    const storage = fullStorage([[STORE_KEY, raw]]);
    const t = tab(storage);
    expect(t.state().shortlists).toEqual([trip]);
    expect(t.reports.map((r) => r.message())).toEqual([expect.stringMatching(/left out.*nothing was overwritten/s)]);
    t.set({ ...t.state(), shortlists: [...t.state().shortlists, fair] });
    expect(storage.getItem(STORE_KEY)).toBe(raw);
  });

  it('backs the original up first once space is freed and saving is resumed', () => {
    const raw = '{not json';
    const items = new Map([
      [STORE_KEY, raw],
      ['junk', 'x'.repeat(2_000)],
    ]);
    const storage = memoryStorage({ items, quota: 2_000 + 'junk'.length + STORE_KEY.length + raw.length });
    const t = tab(storage);
    t.set({ shortlists: [trip], activeShortlistId: 'trip' });
    expect(storage.getItem(STORE_KEY)).toBe(raw);
    storage.removeItem('junk');
    t.safe.resume();
    t.sync.flush(STORE_KEY);
    const backups = storedItems(storage).filter(([k]) => k.includes(':set-aside:'));
    expect(backups.map(([, v]) => v)).toEqual([raw]);
    expect(readStoredValue(JSON.parse(storage.getItem(STORE_KEY) ?? ''))?.replica.shortlists).toEqual([trip]);
  });

  it('turns saving off when a normal write does not fit, keeping the last saved copy', () => {
    const storage = memoryStorage({ quota: 1_500 });
    const t = tab(storage);
    t.set({ shortlists: [trip], activeShortlistId: 'trip' });
    const before = storage.getItem(STORE_KEY);
    const long = { ...trip, entries: [{ clusterId: 'claut', note: 'n'.repeat(1_500) }] };
    t.set({ shortlists: [long], activeShortlistId: 'trip' });
    expect(storage.getItem(STORE_KEY)).toBe(before);
    expect(t.reports.map((r) => [r.message(), r.savingOff])).toEqual([[STORAGE_TEXT.full, true]]);
  });

  it('never overwrites what a newer version of the app saved in another tab', () => {
    const storage = memoryStorage();
    const t = tab(storage);
    t.set({ shortlists: [trip], activeShortlistId: 'trip' });
    const newer = saved({ shortlists: [trip, fair], activeShortlistId: 'fair' }, STORE_VERSION + 1);
    storage.setItem(STORE_KEY, newer);
    t.sync.receive(STORE_KEY);
    t.set({ shortlists: [], activeShortlistId: null });
    expect(storage.getItem(STORE_KEY)).toBe(newer);
    expect(t.reports.map((r) => r.message())).toEqual([STORAGE_TEXT.newerElsewhere]);
  });
});

describe('unknown top-level fields (item 7)', () => {
  it('loads every list, says exactly which fields were kept, and writes them back untouched', () => {
    const extra = { theme: 'dark', plugins: [{ id: 1 }] };
    const storage = memoryStorage({
      items: new Map([[STORE_KEY, saved({ shortlists: [trip], activeShortlistId: 'trip', ...extra })]]),
    });
    const t = tab(storage);
    expect(t.state().shortlists).toEqual([trip]);
    expect(t.reports.map((r) => r.message())).toEqual([
      'Your saved data has fields this version of the app does not use: "theme", "plugins". They were kept unchanged in this browser\'s storage, and your shortlists were loaded.',
    ]);
    expect(storedItems(storage)).toHaveLength(1);
    t.set({ shortlists: [trip, fair], activeShortlistId: 'fair' });
    const written = JSON.parse(storage.getItem(STORE_KEY) ?? '');
    expect(written.state).toMatchObject(extra);
    expect(written.state.shortlists).toEqual([trip, fair]);
  });
});

describe('backups (item 7)', () => {
  it('lists backups newest first with what each holds, readable or not', () => {
    const storage = memoryStorage({
      items: new Map([
        [`${STORE_KEY}:set-aside:2026-01-02T10:00:00.000Z`, '{broken'],
        [`${STORE_KEY}:set-aside:2026-03-04T10:00:00.000Z`, saved({ shortlists: [trip, { id: 7 }] })],
        [`${STORE_KEY}:set-aside:2026-02-01T10:00:00.000Z`, saved({ shortlists: [fair] }, 99)],
        ['other-app:set-aside:2026-05-01T10:00:00.000Z', '{}'],
      ]),
    });
    const backups = listBackups(storage);
    expect(backups.map((b) => [b.at?.toISOString(), b.lists.map((l) => l.id), b.problems.length > 0])).toEqual([
      ['2026-03-04T10:00:00.000Z', ['trip'], true],
      ['2026-02-01T10:00:00.000Z', ['fair'], true],
      ['2026-01-02T10:00:00.000Z', [], true],
    ]);
    expect(backups[2]).toMatchObject({ raw: '{broken', bytes: 7, problems: [STORAGE_TEXT.corrupt] });
    expect(readBackup(saved({ shortlists: [trip] }, STORE_VERSION - 1))).toEqual({
      lists: [trip],
      problems: [],
      version: STORE_VERSION - 1,
    });
  });

  it('restores by adding lists, never replacing one', () => {
    const changedTrip = { ...trip, entries: [] };
    const ids = ['copy-1'];
    const outcome = restoreLists(
      [changedTrip, fair],
      [trip, fair, newShortlist('New', 'new')],
      () => ids.shift() ?? '',
    );
    expect(outcome.shortlists.map((l) => [l.id, l.name])).toEqual([
      ['trip', 'Trip'],
      ['fair', 'Fair'],
      ['copy-1', 'Trip (restored)'],
      ['new', 'New'],
    ]);
    expect(outcome.shortlists[0]).toBe(changedTrip);
    expect(outcome.shortlists[2].entries).toEqual(trip.entries);
    expect([outcome.added, outcome.copied, outcome.present]).toEqual([['New'], ['Trip (restored)'], ['Fair']]);
    // Restoring again adds nothing.
    expect(restoreLists(outcome.shortlists, [trip, fair]).shortlists).toEqual(outcome.shortlists);
  });
});
