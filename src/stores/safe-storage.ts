import type { Wording } from '@/i18n/i18n';
import { STORAGE_TEXT } from '@/stores/storage-messages';
import type { SafeStorage, StorageReport } from '@/stores/safe-storage-types';
import { backupKey, classifyStoredCopy, type StoredCopy } from '@/stores/stored-copy';

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
  check: (state: unknown, version: number) => Wording | null = () => null,
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
  const turnSavingOff = (message: Wording) => {
    if (savingOff) return;
    savingOff = true;
    report({ message, savingOff: true });
  };
  /** Reads the stored text; undefined when storage cannot be read (saving is then off). */
  const read = (name: string): { s: Storage; raw: string | null } | undefined => {
    const s = storage();
    if (!s) return void turnSavingOff(() => STORAGE_TEXT.noStorage);
    try {
      return { s, raw: s.getItem(name) };
    } catch {
      return void turnSavingOff(() => STORAGE_TEXT.unreadable);
    }
  };
  const classify = (raw: string | null): StoredCopy<S> => classifyStoredCopy<S>(raw, version, olderVersions);
  /** Copies `raw` to a backup key; when that fails, saving turns off so nothing overwrites the original. */
  const setAside = (s: Storage, name: string, raw: string, why: Wording, outcome: Wording): boolean => {
    const key = backupKey(name);
    try {
      s.setItem(key, raw);
    } catch {
      turnSavingOff(() => STORAGE_TEXT.notBackedUp(why(), name));
      return false;
    }
    handled.set(name, raw);
    report({ message: () => STORAGE_TEXT.setAside(why(), key, outcome()) });
    return true;
  };
  /** Whether a stored copy this storage has not seen may be replaced (set aside first when needed). */
  const mayReplace = (s: Storage, name: string, raw: string): boolean => {
    const copy = classify(raw);
    if (copy.kind === 'newer') {
      turnSavingOff(() => STORAGE_TEXT.newerElsewhere);
      return false;
    }
    const outcome = () => STORAGE_TEXT.replacedHere;
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
      turnSavingOff(() => STORAGE_TEXT.full);
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
        const why = copy.kind === 'newer' ? () => STORAGE_TEXT.unknownVersion(copy.version) : copy.why;
        setAside(s, name, copy.raw, why, () => STORAGE_TEXT.startedFresh);
        return null;
      }
      // What is left out would be overwritten by the next save: keep a copy first.
      const partly = check(copy.value.state, copy.value.version);
      if (partly === null) handled.set(name, copy.raw);
      else setAside(s, name, copy.raw, partly, () => STORAGE_TEXT.restLoaded);
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
