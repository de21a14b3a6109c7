import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { mergeReplicas } from '@/stores/merge-shortlists';
import type { SavedRead } from '@/stores/read-saved-state';
import type { SafeStorage, StorageReport } from '@/stores/safe-storage-types';
import type { StoredCopy } from '@/stores/stored-copy';
import { STORE_VERSION, type SavedShortlists } from '@/stores/saved-shortlists';
import { STORAGE_TEXT } from '@/stores/storage-messages';
import { readStoredValue } from '@/stores/stored-value';
import { EMPTY_REPLICA, canonical, latestStamp, pruneRemovals, stamp } from '@/stores/sync-clock';

type Readable = Extract<StoredCopy<unknown>, { kind: 'readable' }>;

/** The saved copy as a persist storage that several tabs share without overwriting each other. */
export interface ShortlistSync extends PersistStorage<unknown> {
  /**
   * Another tab changed the saved copy (a `storage` event, with its new value when it has one):
   * merges it into this tab's lists, and writes only when the stored copy lacks something of this tab's.
   */
  receive: (name: string, newValue?: string | null) => void;
  /** Writes this tab's lists now, merged with the stored copy (after saving was turned back on). */
  flush: (name: string) => void;
}

export interface ShortlistSyncOptions {
  safe: SafeStorage<unknown>;
  report: (r: StorageReport) => void;
  /** Puts merged lists into the store; the store's next write finds nothing new, so none follows. */
  apply: (saved: SavedShortlists) => void;
  now?: () => number;
}

/**
 * Every write first reads the stored copy and, when another tab changed it, merges the two
 * (stores/merge-shortlists.ts); every part this tab changes is stamped with the time, every deletion
 * recorded. Writes happen only when this tab's saved part changed, so a ticked sector or a view
 * change never rewrites the shortlists. Another tab's write is merged in without writing back,
 * unless it lacks something of this tab's (two writes crossed): then the union is written once.
 */
export function createShortlistSync({ safe, report, apply, now = Date.now }: ShortlistSyncOptions): ShortlistSync {
  /** This tab's lists with their clock, its open list, and what the stored copy had besides. */
  let synced: Omit<SavedRead, 'problems'> = { replica: EMPTY_REPLICA, activeShortlistId: null, rev: 0, extra: {} };
  /** The stored text this tab last read or wrote: anything else was written by another tab. */
  let lastRaw: string | null = null;
  /** The stored copy must be written even without a change (it was loaded in part, or not saved). */
  let dirty = false;
  /** The latest stamp seen; this tab's next one is later, so its edits win over what it has seen. */
  let latest = 0;

  const current = (): SavedShortlists => {
    const { shortlists } = synced.replica;
    const open = shortlists.some((l) => l.id === synced.activeShortlistId);
    return { shortlists, activeShortlistId: open ? synced.activeShortlistId : (shortlists[0]?.id ?? null) };
  };
  /** Hands merged lists to the store, with the open list as the store will have it (so it is not written). */
  const show = () => {
    const saved = current();
    synced = { ...synced, activeShortlistId: saved.activeShortlistId };
    apply(saved);
  };
  /** Merges another tab's copy in. */
  const takeIn = (copy: Readable) => {
    const read = readStoredValue(copy.value);
    if (!read) return;
    const replica = mergeReplicas(synced.replica, read.replica);
    latest = Math.max(latest, latestStamp(replica));
    synced = { ...synced, replica, rev: Math.max(synced.rev, read.rev), extra: read.extra };
  };
  /** Writes the merge of this tab's lists and the stored copy; true when the stored copy added something. */
  const save = (name: string): boolean => {
    const before = synced.replica.shortlists;
    const copy = safe.peek(name);
    if (copy?.kind === 'readable' && copy.raw !== lastRaw) takeIn(copy);
    // Merged in now, whether or not the write below succeeds.
    if (copy?.kind === 'readable') lastRaw = copy.raw;
    const rev = synced.rev + 1;
    const replica = { ...synced.replica, clock: pruneRemovals(synced.replica.clock, now()) };
    const state = { ...synced.extra, ...current(), rev, clock: replica.clock };
    const text = JSON.stringify({ state, version: STORE_VERSION });
    if (safe.write(name, text)) {
      synced = { ...synced, replica, rev };
      lastRaw = text;
      dirty = false;
    } else dirty = true;
    return synced.replica.shortlists !== before && canonical(synced.replica.shortlists) !== canonical(before);
  };

  return {
    getItem(name) {
      synced = { replica: EMPTY_REPLICA, activeShortlistId: null, rev: 0, extra: {} };
      dirty = false;
      const value = safe.getItem(name) as StorageValue<unknown> | null;
      const copy = safe.peek(name);
      lastRaw = copy && copy.kind !== 'missing' ? copy.raw : null;
      const read = value && readStoredValue({ state: value.state, version: value.version ?? STORE_VERSION });
      if (!read) return null;
      synced = read;
      latest = Math.max(latest, latestStamp(read.replica));
      // A copy loaded in part was set aside; the next write replaces it with what loaded.
      dirty = read.problems.length > 0;
      const fields = Object.keys(read.extra);
      if (fields.length) report({ message: () => STORAGE_TEXT.unknownFields(fields) });
      return { state: current(), version: STORE_VERSION };
    },
    setItem(name, value) {
      // What persist writes is the store's saved part (`savedPart`).
      const state = value.state as SavedShortlists;
      const at = Math.max(now(), latest + 1);
      const replica = stamp(synced.replica, state.shortlists, at);
      if (replica === synced.replica && state.activeShortlistId === synced.activeShortlistId && !dirty) return;
      if (replica !== synced.replica) latest = at;
      synced = { ...synced, replica, activeShortlistId: state.activeShortlistId };
      if (safe.isSavingOff()) {
        dirty = true;
        return;
      }
      if (save(name)) show();
    },
    removeItem(name) {
      safe.removeItem(name);
      lastRaw = null;
    },
    receive(name, newValue) {
      const stored = safe.peek(name);
      if (!stored || stored.kind === 'missing' || (stored.raw === lastRaw && !newValue)) return;
      const before = synced.replica.shortlists;
      // The event's value first: a write of this tab's may already have replaced it in storage.
      for (const copy of [newValue ? safe.inspect(newValue) : null, stored]) {
        if (copy?.kind === 'newer') return safe.stop(() => STORAGE_TEXT.newerElsewhere);
        if (copy?.kind === 'readable' && copy.raw !== lastRaw) takeIn(copy);
      }
      if (canonical(synced.replica.shortlists) !== canonical(before)) show();
      else synced = { ...synced, replica: { ...synced.replica, shortlists: before } };
      // One that cannot be read is set aside by the next write.
      if (stored.kind !== 'readable') return;
      const storedLists = stored.raw === lastRaw ? before : readStoredValue(stored.value)?.replica.shortlists;
      lastRaw = stored.raw;
      // Two writes crossed: the stored copy lacks something of this tab's, so the union is written once.
      const lacking = !storedLists || canonical(synced.replica.shortlists) !== canonical(storedLists);
      if (lacking && !safe.isSavingOff()) save(name);
    },
    flush(name) {
      dirty = true;
      if (save(name)) show();
    },
  };
}
