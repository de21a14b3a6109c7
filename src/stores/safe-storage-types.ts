import type { PersistStorage } from 'zustand/middleware';
import type { Wording } from '@/i18n/i18n';
import type { StoredCopy } from '@/stores/stored-copy';

export interface StorageReport {
  /** A human message: what happened to the saved data and where it went. */
  message: Wording;
  savingOff?: boolean;
}

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
  stop: (message: Wording) => void;
  /** Turns saving back on (the user freed space); the next write checks the stored copy again. */
  resume: () => void;
}
