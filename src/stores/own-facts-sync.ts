import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { mergeOwnReplicas, type OwnReplica } from '@/domain/own-facts/replica';
import { readOwnState } from '@/stores/own-facts-read';
import type { SafeStorage } from '@/stores/safe-storage-types';
import { STORAGE_TEXT } from '@/stores/storage-messages';
import { canonical } from '@/stores/sync-clock';

export interface OwnFactsSync extends PersistStorage<OwnReplica> {
  /** Another tab wrote (a `storage` event): its copy is merged into this tab's, without writing back. */
  receive: (newValue: string | null) => void;
}

/**
 * The own facts' persist storage shared by several tabs: every write first merges the stored copy
 * (another tab may have written since), and another tab's write is merged in when it arrives. Per
 * organisation and per field the newer stamp wins, removals recorded (src/domain/own-facts/replica.ts).
 */
export function createOwnFactsSync(
  safe: SafeStorage<unknown>,
  version: number,
  current: () => OwnReplica,
  apply: (replica: OwnReplica) => void,
): OwnFactsSync {
  /** The stored text this tab last read or wrote: anything else came from another tab. */
  let lastRaw: string | null = null;
  const readRaw = (raw: string): OwnReplica | null => {
    const copy = safe.inspect(raw);
    return copy.kind === 'readable' ? (readOwnState(copy.value.state)?.replica ?? null) : null;
  };
  const show = (merged: OwnReplica, mine: OwnReplica) => {
    if (canonical(merged) !== canonical(mine)) apply(merged);
  };
  return {
    getItem(name) {
      const value = safe.getItem(name) as StorageValue<unknown> | null;
      const copy = safe.peek(name);
      lastRaw = copy && copy.kind !== 'missing' ? copy.raw : null;
      const read = value ? readOwnState(value.state) : null;
      return read ? { state: read.replica, version } : null;
    },
    setItem(name, value) {
      const copy = safe.peek(name);
      const stored = copy?.kind === 'readable' && copy.raw !== lastRaw ? readRaw(copy.raw) : null;
      const merged = stored ? mergeOwnReplicas(value.state, stored) : value.state;
      const text = JSON.stringify({ state: merged, version });
      if (safe.write(name, text)) lastRaw = text;
      if (stored) show(merged, value.state);
    },
    removeItem(name) {
      safe.removeItem(name);
      lastRaw = null;
    },
    receive(newValue) {
      if (newValue === null || newValue === lastRaw) return;
      const copy = safe.inspect(newValue);
      if (copy.kind === 'newer') return safe.stop(() => STORAGE_TEXT.newerElsewhere);
      const theirs = readRaw(newValue);
      if (!theirs) return;
      lastRaw = newValue;
      const mine = current();
      show(mergeOwnReplicas(mine, theirs), mine);
    },
  };
}
