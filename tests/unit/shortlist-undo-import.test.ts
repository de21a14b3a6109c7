// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { parseShortlistFile, serializeShortlistFile } from '@/data/parse-shortlist-file';
import { shortlistSchema } from '@/data/schemas/saved-state';
import { listNameKey } from '@/domain/distinct-list';
import { removalMessage } from '@/domain/removal';
import { importedMessage } from '@/features/meeting-list/import-model';
import { useAppStore } from '@/stores/app-store';
import { dashboardProfile } from '@/stores/ranking-inputs-slice';
import { restoreSaved } from '@/stores/read-saved-state';
import { newShortlist, savedPart } from '@/stores/saved-shortlists';
import { selectActiveShortlist } from '@/stores/selectors';

const store = () => useAppStore.getState();
const known = new Set(['a', 'b', 'c']);
const entries = () => selectActiveShortlist(store())?.entries ?? [];
const undoNotices = () => store().notices.filter((n) => n.removal);

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

/** Exports the open list and imports the file again, as two colleagues passing it back and forth. */
function roundTrip() {
  const active = selectActiveShortlist(store());
  if (!active) throw new Error('no open list');
  const result = parseShortlistFile(serializeShortlistFile(active, '2026-01-01T00:00:00Z'), known);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return store().importShortlist(result.shortlist);
}

describe('importing a shortlist again', () => {
  it('keeps every list through 10 round trips and a reload, under distinct ids and names', () => {
    useAppStore.setState({ shortlists: [{ ...newShortlist('Colleague list', 'x'.repeat(60)) }] });
    store().setActiveShortlist('x'.repeat(60));
    store().toggleShortlisted('a');
    store().setShortlistNote('a', 'Ask about MRO');
    for (let trip = 0; trip < 10; trip += 1) roundTrip();

    const { shortlists } = store();
    expect(shortlists).toHaveLength(11);
    expect(shortlists.map((l) => l.name)).toEqual([
      'Colleague list',
      ...Array.from({ length: 10 }, (_, n) => `Colleague list (${n + 2})`),
    ]);
    for (const list of shortlists) {
      expect(list.id.length).toBeLessThanOrEqual(60);
      expect(shortlistSchema.safeParse(list).success).toBe(true);
      expect(list.entries).toEqual([{ clusterId: 'a', note: 'Ask about MRO' }]);
    }
    expect(new Set(shortlists.map((l) => l.id)).size).toBe(11);
    // What the next load reads back: nothing is set aside.
    const reloaded = restoreSaved(JSON.parse(JSON.stringify(savedPart(store()))));
    expect(reloaded?.shortlists).toEqual(shortlists);
  });

  it('names a second import of the same file "(2)" and says so', () => {
    const file = {
      ...newShortlist('Colleague list', 'theirs'),
      entries: [{ clusterId: 'a', note: '' }],
      profile: dashboardProfile(store()),
    };
    const first = store().importShortlist(file);
    const second = store().importShortlist(file);
    expect([first.name, second.name]).toEqual(['Colleague list', 'Colleague list (2)']);
    expect(new Set(store().shortlists.map((l) => listNameKey(l.name))).size).toBe(2);
    expect(store().activeShortlistId).toBe(second.id);
    expect(importedMessage(file, first.name, 0)).toBe('Imported the shortlist "Colleague list" with 1 cluster.');
    expect(importedMessage(file, second.name, 0)).toBe(
      'Imported the shortlist "Colleague list" as "Colleague list (2)" (a shortlist of that name exists) with 1 cluster.',
    );
  });

  it('says how many imported clusters are not in the current dataset', () => {
    const file = { ...newShortlist('Backup', 'b'), profile: dashboardProfile(store()) };
    const three = { ...file, entries: ['a', 'gone', 'left'].map((clusterId) => ({ clusterId, note: '' })) };
    expect(importedMessage(three, 'Backup', 2)).toBe(
      'Imported the shortlist "Backup" with 3 clusters. 2 clusters are not in the current dataset; they stay on the list, marked "not in the current dataset".',
    );
    expect(importedMessage(three, 'Backup', 1)).toMatch(/ 1 cluster is not in the current dataset; it stays on /);
  });
});

describe('undo of a removal', () => {
  beforeEach(() => {
    for (const id of ['a', 'b', 'c']) store().toggleShortlisted(id);
    store().setShortlistNote('b', 'Meet Ana at 10');
  });

  it('puts a removed entry back at its place with its note', () => {
    store().toggleShortlisted('b');
    expect(entries().map((e) => e.clusterId)).toEqual(['a', 'c']);
    const [notice] = undoNotices();
    expect(notice.removal && removalMessage(notice.removal, (id) => `Cluster ${id}`)).toBe(
      'Removed Cluster b and its note from "My shortlist".',
    );
    store().undoNotice(notice.id);
    expect(entries()).toEqual([
      { clusterId: 'a', note: '' },
      { clusterId: 'b', note: 'Meet Ana at 10' },
      { clusterId: 'c', note: '' },
    ]);
    expect(store().notices).toEqual([]);
  });

  it('offers no undo for adding, and one per removal', () => {
    store().toggleShortlisted('a');
    store().toggleShortlisted('c');
    expect(undoNotices().map((n) => n.message())).toEqual([
      'Removed a from "My shortlist".',
      'Removed c from "My shortlist".',
    ]);
    // Undone in the other order: each goes back to its own place.
    store().undoNotice(undoNotices()[1].id);
    store().undoNotice(undoNotices()[0].id);
    expect(entries().map((e) => e.clusterId)).toEqual(['a', 'b', 'c']);
  });

  it('brings a deleted shortlist back at its place, open again, with its notes', () => {
    store().createShortlist('Second');
    const first = store().shortlists[0];
    store().setActiveShortlist(first.id);
    store().deleteShortlist(first.id);
    expect(store().shortlists.map((l) => l.name)).toEqual(['Second']);
    const [notice] = undoNotices();
    expect(notice.message()).toBe('Deleted the shortlist "My shortlist" with 3 clusters.');
    store().undoNotice(notice.id);
    expect(store().shortlists.map((l) => l.name)).toEqual(['My shortlist', 'Second']);
    expect(store().shortlists[0]).toEqual(first);
    expect(store().activeShortlistId).toBe(first.id);
  });

  it('puts an entry back into its deleted list once the deletion is undone', () => {
    const list = store().shortlists[0];
    store().toggleShortlisted('b');
    store().deleteShortlist(list.id);
    const [entryNotice, listNotice] = undoNotices();
    store().undoNotice(entryNotice.id);
    // Nothing to put it in yet: the notice stays and says what to do.
    expect(undoNotices()).toHaveLength(2);
    expect(store().notices.at(-1)?.message()).toMatch(/"My shortlist" was deleted meanwhile: undo its deletion first/);
    store().undoNotice(listNotice.id);
    store().undoNotice(entryNotice.id);
    expect(entries()).toEqual(list.entries);
  });
});
