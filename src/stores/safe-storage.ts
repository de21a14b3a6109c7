import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { shallow } from 'zustand/shallow';

export interface StorageReport {
  /** A human message: what happened to the saved data and where it went. */
  message: string;
  savingOff?: boolean;
}

export interface SafeStorage<S> extends PersistStorage<S> {
  /**
   * Tells the storage that its copy under `name` holds `value` (the store has just loaded it), so
   * writing it again is skipped. Ignored when that copy was not loaded whole: it must be replaced.
   */
  markSaved: (name: string, value: StorageValue<S>) => void;
}

function backupKey(name: string): string {
  return `${name}:set-aside:${new Date().toISOString()}`;
}

/**
 * localStorage behind a guard: unreadable or corrupt data, and data of a version the store cannot
 * migrate, is copied to a backup key and reported (never silently dropped); a missing or full
 * storage turns saving off with a notice instead of crashing. Writing the same state again is skipped.
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
  /** What the stored copy under each name holds, when known. */
  const last = new Map<string, StorageValue<S>>();
  /** Names whose last read found nothing, or a value loaded whole. */
  const intact = new Set<string>();
  const storage = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };
  const turnSavingOff = (why: string) => {
    if (savingOff) return;
    savingOff = true;
    report({
      message: `Saving is off: ${why}. Your shortlists work for this visit but will not be kept.`,
      savingOff: true,
    });
  };
  const setAside = (s: Storage, name: string, raw: string, why: string, outcome = 'the app started fresh') => {
    const key = backupKey(name);
    try {
      s.setItem(key, raw);
      report({
        message: `${why} The saved data was set aside under "${key}" in this browser's storage and ${outcome}.`,
      });
    } catch {
      report({ message: `${why} It could not be backed up; ${outcome}.` });
    }
  };

  return {
    getItem(name) {
      last.delete(name);
      intact.delete(name);
      const s = storage();
      if (!s) {
        turnSavingOff('this browser does not allow local storage');
        return null;
      }
      let raw: string | null;
      try {
        raw = s.getItem(name);
      } catch {
        turnSavingOff('local storage could not be read');
        return null;
      }
      if (raw === null) {
        intact.add(name);
        return null;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        setAside(s, name, raw, 'Your saved shortlists were corrupt (not valid JSON).');
        return null;
      }
      const value = parsed as Partial<StorageValue<S>> | null;
      if (typeof value !== 'object' || value === null || typeof value.state !== 'object' || value.state === null) {
        setAside(s, name, raw, 'Your saved shortlists had an unexpected shape.');
        return null;
      }
      // zustand would drop a version it cannot migrate, and the next save would overwrite it.
      if (value.version !== version && !olderVersions.includes(value.version as number)) {
        setAside(s, name, raw, `Your saved shortlists come from an unknown version (${String(value.version)}).`);
        return null;
      }
      // What is left out would be overwritten by the next save: keep a copy first.
      const partly = check(value.state, value.version as number);
      if (partly !== null) setAside(s, name, raw, partly, 'the rest was loaded');
      else intact.add(name);
      return value as StorageValue<S>;
    },
    markSaved(name, value) {
      if (intact.has(name)) last.set(name, value);
    },
    setItem(name, value) {
      if (savingOff) return;
      // persist writes after every change to the store; its saved part is replaced, never mutated,
      // so the same references mean nothing saved has changed.
      const previous = last.get(name);
      if (previous && previous.version === value.version && shallow(previous.state, value.state)) return;
      const s = storage();
      if (!s) return turnSavingOff('this browser does not allow local storage');
      try {
        s.setItem(name, JSON.stringify(value));
        last.set(name, value);
      } catch {
        turnSavingOff('the browser storage is full or blocked');
      }
    },
    removeItem(name) {
      last.delete(name);
      intact.delete(name);
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to do: removing is best effort.
      }
    },
  };
}
