// Issue 14, item 1: two tabs of one browser, each with its own copy of the shortlists. Edits,
// `storage` events arriving late and writes that cross each other come in any order; once every
// event has arrived, both tabs and the stored copy hold every entry either tab saved (unless a later
// edit removed it), with the latest note. Changes that are not saved never write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEntry, moveEntry, removeEntry, setNote, type Shortlist } from '@/domain/shortlist';
import { STORE_KEY, STORE_VERSION, newShortlist } from '@/stores/saved-shortlists';
import { canonical } from '@/stores/sync-clock';
import { memoryStorage } from '../fixtures/memory-storage';
import { syncedTab } from '../fixtures/synced-tab';

interface Tab {
  /** The tab's store and saved copy. */
  app: ReturnType<typeof syncedTab>;
  /** This tab's view of localStorage: other tabs' writes reach it late, as in Chromium. */
  view: Map<string, string>;
  /** Other tabs' writes not yet delivered to this tab (its `storage` events). */
  pending: string[];
  writes: number;
  closed: boolean;
}

const LISTS = ['fair', 'mission'] as const;
const CLUSTERS = ['claut', 'hegan', 'csoftmty', 'aeroqro'] as const;
const START = JSON.stringify({
  state: { shortlists: [newShortlist('Fair', 'fair'), newShortlist('Mission', 'mission')], activeShortlistId: 'fair' },
  version: STORE_VERSION - 1,
});

/**
 * A browser. `shared`: the tabs share one storage cache (one renderer process), so a write is seen at
 * once and only its `storage` event comes late; otherwise a tab's storage catches up with others'
 * writes only when their event arrives, so two writes can cross and the later one lacks the earlier
 * one's change.
 */
function browser(clock: { now: number }, shared: boolean) {
  const tabs: Tab[] = [];
  const items = new Map([[STORE_KEY, START]]);
  let truth = START;
  const open = (): Tab => {
    const view = shared ? items : new Map([[STORE_KEY, truth]]);
    const tab = { view, pending: [] as string[], writes: 0, closed: false };
    const storage = memoryStorage({
      items: view,
      onSet: (_key, value) => {
        truth = value;
        tab.writes += 1;
        for (const other of tabs) if (other !== opened && !other.closed) other.pending.push(value);
      },
    });
    const opened: Tab = Object.assign(tab, { app: syncedTab(storage, { now: () => clock.now }) });
    tabs.push(opened);
    return opened;
  };
  const deliver = (tab: Tab) => {
    const value = tab.pending.shift();
    if (value === undefined) return;
    // The tab's storage catches up with the browser's; the event says what the other tab wrote.
    if (!shared) tab.view.set(STORE_KEY, truth);
    tab.app.sync.receive(STORE_KEY, value);
  };
  /** Delivers every event, including those the deliveries cause; fails on endless writing back. */
  const settle = () => {
    for (let round = 0; tabs.some((t) => t.pending.length); round += 1) {
      if (round > 200) throw new Error('the tabs keep writing back to each other');
      for (const tab of tabs) deliver(tab);
    }
  };
  const close = (tab: Tab) => {
    tab.closed = true;
    tab.pending = [];
  };
  return { tabs, open, deliver, settle, close, truth: () => truth };
}

/** What a tab opened on this stored text would show. */
function load(text: string): Shortlist[] {
  const storage = memoryStorage({ items: new Map([[STORE_KEY, text]]) });
  return syncedTab(storage).state.shortlists;
}

const tabIndex = fc.constantFrom(0, 1);
const list = fc.constantFrom(...LISTS);
const cluster = fc.constantFrom(...CLUSTERS);
const action = fc.oneof(
  fc.record({
    kind: fc.constant('note' as const),
    tab: tabIndex,
    list,
    cluster,
    note: fc.constantFrom('', 'Ana', 'Luis'),
  }),
  fc.record({ kind: fc.constant('remove' as const), tab: tabIndex, list, cluster }),
  fc.record({ kind: fc.constant('move' as const), tab: tabIndex, list, cluster, by: fc.constantFrom(-1, 1) }),
  fc.record({ kind: fc.constant('open-list' as const), tab: tabIndex, list }),
  fc.record({ kind: fc.constant('unsaved' as const), tab: tabIndex }),
  fc.record({ kind: fc.constant('close' as const), tab: tabIndex }),
  { arbitrary: fc.record({ kind: fc.constant('deliver' as const), tab: tabIndex }), weight: 2 },
);
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

function edit(l: Shortlist, a: Action): Shortlist {
  if (a.kind === 'note') return setNote(addEntry(l, a.cluster), a.cluster, a.note);
  if (a.kind === 'remove') return removeEntry(l, a.cluster);
  if (a.kind === 'move') return moveEntry(l, a.cluster, a.by);
  return l;
}

/** Entries per list as "list/cluster: note", sorted. */
const held = (lists: Shortlist[]) =>
  lists.flatMap((l) => l.entries.map((e) => `${l.id}/${e.clusterId}: ${e.note}`)).sort();

describe('two tabs editing the same shortlists', () => {
  it('never lose an entry either tab saved, and agree once every change has arrived', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), fc.nat(6), fc.boolean(), (actions, secondOpensAt, shared) => {
        const clock = { now: 1_000 };
        const b = browser(clock, shared);
        b.open();
        /** The last saved change per entry, in the order they were made (each stamped later). */
        const expected = new Map<string, string | null>();
        const want = () =>
          [...expected]
            .filter(([, note]) => note !== null)
            .map(([key, note]) => `${key}: ${note}`)
            .sort();
        actions.forEach((a, i) => {
          if (i === secondOpensAt) b.open();
          const tab = b.tabs[a.tab];
          if (!tab || tab.closed) return;
          clock.now += 10;
          if (a.kind === 'deliver') b.deliver(tab);
          else if (a.kind === 'close') {
            // One tab stays open to the end.
            if (b.tabs.filter((t) => !t.closed).length > 1) b.close(tab);
          } else if (a.kind === 'unsaved') {
            // A ticked sector or a view change: persist hands over the same saved part again.
            const writes = tab.writes;
            tab.app.set({ ...tab.app.state });
            expect(tab.writes).toBe(writes);
          } else if (a.kind === 'open-list') tab.app.set({ ...tab.app.state, activeShortlistId: a.list });
          else {
            const before = tab.app.state.shortlists.find((l) => l.id === a.list) as Shortlist;
            const after = edit(before, a);
            tab.app.set({
              ...tab.app.state,
              shortlists: tab.app.state.shortlists.map((l) => (l === before ? after : l)),
            });
            if (a.kind !== 'move' && canonical(after.entries) !== canonical(before.entries)) {
              const entry = after.entries.find((e) => e.clusterId === a.cluster);
              expected.set(`${a.list}/${a.cluster}`, entry ? entry.note : null);
            }
          }
          // With one cache, every write merged what was stored: the stored copy is complete at every step.
          if (shared) expect(held(load(b.truth()))).toEqual(want());
        });
        b.settle();
        const open = b.tabs.filter((t) => !t.closed);
        for (const tab of open) {
          expect(held(tab.app.state.shortlists)).toEqual(want());
          expect(tab.app.state.shortlists.map((l) => l.id)).toEqual([...LISTS]);
        }
        expect(new Set(open.map((t) => canonical(t.app.state.shortlists))).size).toBe(1);
        expect(held(load(b.truth()))).toEqual(want());
      }),
      { numRuns: 250, interruptAfterTimeLimit: 3_000 },
    );
  });
});
