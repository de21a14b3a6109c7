// @vitest-environment jsdom
// The B2B event's saved copy: validated whole, set aside (backed up) when it does not check, kept
// apart from the shortlists' store, the later of two tabs' copies wins; undo is this tab's own.
import { runSchedule } from '@/domain/b2b/run';
import { defaultWorkspace, addToWorkspace, newParticipant } from '@/domain/b2b/workspace-edit';
import { useB2bEventStore } from '@/stores/b2b-event-store';
import { B2B_STORE_KEY, B2B_STORE_VERSION, readB2bSaved } from '@/stores/b2b-saved';
import { createB2bSync } from '@/stores/b2b-sync';
import { createSafeStorage } from '@/stores/safe-storage';
import type { StorageReport } from '@/stores/safe-storage-types';
import { BACKUP_INFIX } from '@/stores/stored-copy';
import { memoryStorage } from '../fixtures/memory-storage';

const workspace = addToWorkspace(
  defaultWorkspace(new Date(2026, 9, 20)),
  [newParticipant('EU A', 'eu'), newParticipant('Clúster X', 'mx')],
  [{ requester: 'EU A', partner: 'Clúster X', priority: 'must' }],
);
const saved = (updatedAt: number, patch: object = {}) =>
  JSON.stringify({
    state: { workspace, run: runSchedule(workspace, null), updatedAt, ...patch },
    version: B2B_STORE_VERSION,
  });

function tab(storage: Storage, stamp: { at: number }) {
  const reports: StorageReport[] = [];
  const safe = createSafeStorage<unknown>(
    B2B_STORE_VERSION,
    (r) => void reports.push(r),
    () => storage,
    (s, v) => (readB2bSaved(s, v) ? null : () => 'left out'),
  );
  return { reports, sync: createB2bSync({ safe, stampOf: () => stamp.at }) };
}

describe('B2B saved copy', () => {
  it('reads a valid copy and refuses one with a bad field, an unknown field or an unknown version', () => {
    const good = JSON.parse(saved(5)).state;
    expect(readB2bSaved(good, B2B_STORE_VERSION)?.run?.schedule.scheduled).toHaveLength(1);
    expect(readB2bSaved({ ...good, updatedAt: -1 }, B2B_STORE_VERSION)).toBeNull();
    expect(readB2bSaved({ ...good, extra: 1 }, B2B_STORE_VERSION)).toBeNull();
    const badPriority = {
      ...good,
      workspace: { ...workspace, requests: [{ ...workspace.requests[0], priority: 'soon' }] },
    };
    expect(readB2bSaved(badPriority, B2B_STORE_VERSION)).toBeNull();
    expect(readB2bSaved(good, B2B_STORE_VERSION + 1)).toBeNull();
  });

  it('sets a copy that does not validate aside instead of losing it', () => {
    const storage = memoryStorage({ items: new Map([[B2B_STORE_KEY, saved(5, { updatedAt: 'soon' })]]) });
    const t = tab(storage, { at: 0 });
    void t.sync.getItem(B2B_STORE_KEY);
    const keys = Array.from({ length: storage.length }, (_, k) => storage.key(k) ?? '');
    expect(keys.some((k) => k.startsWith(`${B2B_STORE_KEY}${BACKUP_INFIX}`))).toBe(true);
    expect(t.reports).toHaveLength(1);
  });

  it('never writes over a later copy from another tab, and knows a later copy when it sees one', () => {
    const storage = memoryStorage({ items: new Map([[B2B_STORE_KEY, saved(200)]]) });
    const stamp = { at: 100 };
    const t = tab(storage, stamp);
    void t.sync.getItem(B2B_STORE_KEY);
    expect(t.sync.isNewer(saved(300))).toBe(true);
    expect(t.sync.isNewer(saved(50))).toBe(false);
    void t.sync.setItem(B2B_STORE_KEY, JSON.parse(saved(100)));
    expect(JSON.parse(storage.getItem(B2B_STORE_KEY)!).state.updatedAt).toBe(200);
    stamp.at = 400;
    void t.sync.setItem(B2B_STORE_KEY, JSON.parse(saved(400)));
    expect(JSON.parse(storage.getItem(B2B_STORE_KEY)!).state.updatedAt).toBe(400);
  });
});

describe('B2B event store', () => {
  beforeEach(() => {
    localStorage.clear();
    useB2bEventStore.getState().reset();
  });

  it('saves under its own key with its own version, and undoes schedule changes in order', () => {
    const store = useB2bEventStore.getState();
    store.editWorkspace(() => workspace);
    const first = runSchedule(workspace, null);
    useB2bEventStore.getState().setRun(first);
    useB2bEventStore.getState().setSchedule({ ...first.schedule, scheduled: [] });
    const stored = JSON.parse(localStorage.getItem(B2B_STORE_KEY)!);
    expect(stored.version).toBe(B2B_STORE_VERSION);
    expect(stored.state.run.schedule.scheduled).toEqual([]);
    expect(stored.state.undoStack).toBeUndefined();
    useB2bEventStore.getState().undo();
    expect(useB2bEventStore.getState().run?.schedule.scheduled).toHaveLength(1);
    useB2bEventStore.getState().undo();
    expect(useB2bEventStore.getState().run).toBeNull();
    useB2bEventStore.getState().undo();
    expect(useB2bEventStore.getState().run).toBeNull();
  });

  it('loads a later copy another tab saved, dropping this tab’s undo steps', async () => {
    useB2bEventStore.getState().setRun(runSchedule(workspace, null));
    localStorage.setItem(B2B_STORE_KEY, saved(Date.now() + 60_000));
    window.dispatchEvent(
      new StorageEvent('storage', { key: B2B_STORE_KEY, newValue: localStorage.getItem(B2B_STORE_KEY) }),
    );
    await vi.waitFor(() => expect(useB2bEventStore.getState().workspace.participants).toHaveLength(2));
    expect(useB2bEventStore.getState().undoStack).toEqual([]);
  });
});
