import type { PersistStorage } from 'zustand/middleware';
import { readB2bSaved } from '@/stores/b2b-saved';
import type { SafeStorage } from '@/stores/safe-storage-types';

/** The B2B event's saved copy, shared by the tabs of this browser: the latest edit wins, whole. */
export interface B2bSync extends PersistStorage<unknown> {
  /** Whether a stored text (a `storage` event's new value) holds a later edit than this tab's. */
  isNewer: (raw: string | null) => boolean;
}

interface B2bSyncOptions {
  safe: SafeStorage<unknown>;
  /** This tab's `updatedAt`. */
  stampOf: () => number;
}

/**
 * Last writer wins, by the `updatedAt` stamp of each copy: one workspace is edited as a whole (a
 * schedule only makes sense with its event), so merging parts of two tabs' edits could pair a
 * schedule with an event it was not made for. A write never replaces a later copy from another
 * tab: that tab's `storage` event loads it here instead.
 */
export function createB2bSync({ safe, stampOf }: B2bSyncOptions): B2bSync {
  const stampIn = (raw: string | null): number | null => {
    const copy = safe.inspect(raw);
    if (copy.kind !== 'readable') return null;
    return readB2bSaved(copy.value.state, copy.value.version)?.updatedAt ?? null;
  };
  return {
    getItem: (name) => safe.getItem(name),
    setItem(name, value) {
      const stored = safe.peek(name);
      const theirs = stored?.kind === 'readable' ? stampIn(stored.raw) : null;
      if (theirs !== null && theirs > stampOf()) return;
      safe.setItem(name, value);
    },
    removeItem: (name) => safe.removeItem(name),
    isNewer(raw) {
      const theirs = stampIn(raw);
      return theirs !== null && theirs > stampOf();
    },
  };
}
