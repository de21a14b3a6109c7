import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { STORAGE_TEXT } from '@/stores/storage-messages';

export interface StorageReport {
  /** A human message: what happened to the saved data and where it went. */
  message: string;
  savingOff?: boolean;
}

/** What is stored under a name right now. */
export type StoredCopy<S> =
  | { kind: 'missing' }
  | { kind: 'readable'; raw: string; value: StorageValue<S> & { version: number } }
  /** Saved by a newer version of the app (another tab was updated). */
  | { kind: 'newer'; raw: string; version: number }
  | { kind: 'unreadable'; raw: string; why: string };

export interface SafeStorage<S> extends PersistStorage<S> {
  /** The copy under `name` as it is now (null: storage cannot be read); sets nothing aside. */
  peek: (name: string) => StoredCopy<S> | null;
  /** What a stored text (e.g. a `storage` event's new value) holds. */
  inspect: (raw: string | null) => StoredCopy<S>;
  /**
   * Writes `text` under `name`. A stored copy this storage has not seen yet is checked first: one
   * that cannot be read is set aside, one of a newer version is never overwritten. False: not written.
   */
  write: (name: string, text: string) => boolean;
  isSavingOff: () => boolean;
  /** Turns saving off with a notice (e.g. another tab saved with a newer version of the app). */
  stop: (message: string) => void;
  /** Turns saving back on (the user freed space); the next write checks the stored copy again. */
  resume: () => void;
}

export const BACKUP_INFIX = ':set-aside:';

export function backupKey(name: string, at = new Date()): string {
  return `${name}${BACKUP_INFIX}${at.toISOString()}`;
}

/**
 * localStorage behind a guard: unreadable or corrupt data, and data of a version the store cannot
 * migrate, is copied to a backup key and reported (never silently dropped); when even the backup
 * cannot be written, saving turns off and the original stays untouched. A missing or full storage
 * turns saving off with a notice instead of crashing.
 */
export function createSafeStorage<S>(
  version: number,
  report: (r: StorageReport) => void,
  getStorage: () => Storage = () => window.localStorage,
  /** Why part of a readable state cannot be loaded (null: all of it can); the raw text is then set aside too. */
  check: (state: unknown, version: number) => string | null = () => null,
  /** Older versions that persist's `migrate` brings up to date: handed over instead of set aside. */
  olderVersions: readonly number[] = [],
): SafeStorage<S> {
  let savingOff = false;
  /** The stored text under each name that was loaded whole, set aside or written by us: safe to replace. */
  const handled = new Map<string, string | null>();
  const storage = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };
  const turnSavingOff = (message: string) => {
    if (savingOff) return;
    savingOff = true;
    report({ message, savingOff: true });
  };
  /** Reads the stored text; undefined when storage cannot be read (saving is then off). */
  const read = (name: string): { s: Storage; raw: string | null } | undefined => {
    const s = storage();
    if (!s) return void turnSavingOff(STORAGE_TEXT.noStorage);
    try {
      return { s, raw: s.getItem(name) };
    } catch {
      return void turnSavingOff(STORAGE_TEXT.unreadable);
    }
  };
  const classify = (raw: string | null): StoredCopy<S> => {
    if (raw === null) return { kind: 'missing' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { kind: 'unreadable', raw, why: STORAGE_TEXT.corrupt };
    }
    const value = parsed as Partial<StorageValue<S>> | null;
    if (typeof value !== 'object' || value === null || typeof value.state !== 'object' || value.state === null) {
      return { kind: 'unreadable', raw, why: STORAGE_TEXT.badShape };
    }
    const v = value.version;
    if (v === version || olderVersions.includes(v as number))
      return { kind: 'readable', raw, value: value as StorageValue<S> & { version: number } };
    if (typeof v === 'number' && Number.isInteger(v) && v > version) return { kind: 'newer', raw, version: v };
    return { kind: 'unreadable', raw, why: STORAGE_TEXT.unknownVersion(v) };
  };
  /** Copies `raw` to a backup key; when that fails, saving turns off so nothing overwrites the original. */
  const setAside = (s: Storage, name: string, raw: string, why: string, outcome: string): boolean => {
    const key = backupKey(name);
    try {
      s.setItem(key, raw);
    } catch {
      turnSavingOff(STORAGE_TEXT.notBackedUp(why, name));
      return false;
    }
    handled.set(name, raw);
    report({ message: STORAGE_TEXT.setAside(why, key, outcome) });
    return true;
  };
  /** Whether a stored copy this storage has not seen may be replaced (set aside first when needed). */
  const mayReplace = (s: Storage, name: string, raw: string): boolean => {
    const copy = classify(raw);
    if (copy.kind === 'newer') {
      turnSavingOff(STORAGE_TEXT.newerElsewhere);
      return false;
    }
    const outcome = 'this tab saved its shortlists in its place';
    if (copy.kind === 'unreadable') return setAside(s, name, raw, copy.why, outcome);
    const partly = copy.kind === 'readable' ? check(copy.value.state, copy.value.version) : null;
    return partly === null || setAside(s, name, raw, partly, outcome);
  };

  const write = (name: string, text: string): boolean => {
    if (savingOff) return false;
    const stored = read(name);
    if (!stored) return false;
    const { s, raw } = stored;
    if (raw !== null && raw !== handled.get(name) && !mayReplace(s, name, raw)) return false;
    try {
      if (raw !== text) s.setItem(name, text);
      handled.set(name, text);
      return true;
    } catch {
      turnSavingOff(STORAGE_TEXT.full);
      return false;
    }
  };

  return {
    getItem(name) {
      handled.delete(name);
      const stored = read(name);
      if (!stored) return null;
      const { s, raw } = stored;
      const copy = classify(raw);
      if (copy.kind === 'missing') {
        handled.set(name, null);
        return null;
      }
      if (copy.kind !== 'readable') {
        const why = copy.kind === 'newer' ? STORAGE_TEXT.unknownVersion(copy.version) : copy.why;
        setAside(s, name, copy.raw, why, STORAGE_TEXT.startedFresh);
        return null;
      }
      // What is left out would be overwritten by the next save: keep a copy first.
      const partly = check(copy.value.state, copy.value.version);
      if (partly === null) handled.set(name, copy.raw);
      else setAside(s, name, copy.raw, partly, STORAGE_TEXT.restLoaded);
      return copy.value;
    },
    peek(name) {
      const stored = read(name);
      return stored ? classify(stored.raw) : null;
    },
    inspect: classify,
    write,
    setItem: (name, value) => void write(name, JSON.stringify(value)),
    removeItem(name) {
      handled.delete(name);
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to do: removing is best effort.
      }
    },
    isSavingOff: () => savingOff,
    stop: turnSavingOff,
    resume() {
      savingOff = false;
    },
  };
}
