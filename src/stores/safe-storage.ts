import type { PersistStorage, StorageValue } from 'zustand/middleware';

export interface StorageReport {
  /** A human message: what happened to the saved data and where it went. */
  message: string;
  savingOff?: boolean;
}

function backupKey(name: string): string {
  return `${name}:set-aside:${new Date().toISOString()}`;
}

/**
 * localStorage behind a guard: unreadable, corrupt or future-version data is copied to a
 * backup key and reported (never silently dropped); a missing or full storage turns saving
 * off with a notice instead of crashing.
 */
export function createSafeStorage<S>(
  version: number,
  report: (r: StorageReport) => void,
  getStorage: () => Storage = () => window.localStorage,
  /** Why part of a readable state cannot be loaded (null: all of it can); the raw text is then set aside too. */
  check: (state: unknown) => string | null = () => null,
): PersistStorage<S> {
  let savingOff = false;
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
      if (raw === null) return null;
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
      // The store has no migration: zustand drops any other version, and the next save overwrites it.
      if (value.version !== version) {
        setAside(s, name, raw, `Your saved shortlists come from an unknown version (${String(value.version)}).`);
        return null;
      }
      // What is left out would be overwritten by the next save: keep a copy first.
      const partly = check(value.state);
      if (partly !== null) setAside(s, name, raw, partly, 'the rest was loaded');
      return value as StorageValue<S>;
    },
    setItem(name, value) {
      if (savingOff) return;
      const s = storage();
      if (!s) return turnSavingOff('this browser does not allow local storage');
      try {
        s.setItem(name, JSON.stringify(value));
      } catch {
        turnSavingOff('the browser storage is full or blocked');
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to do: removing is best effort.
      }
    },
  };
}
