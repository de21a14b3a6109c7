import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import type { Shortlist } from '@/domain/shortlist';
import { migratableVersions, migrateSavedState } from '@/stores/migrate-saved-state';
import { readSavedState } from '@/stores/read-saved-state';
import { BACKUP_INFIX } from '@/stores/safe-storage';
import { STORE_KEY, STORE_VERSION, newListId } from '@/stores/saved-shortlists';
import { STORAGE_TEXT } from '@/stores/storage-messages';
import { canonical } from '@/stores/sync-clock';

/** A copy of saved data that was set aside because it could not be loaded whole. */
export interface Backup {
  key: string;
  /** When it was set aside (from its key); null when the key holds no readable time. */
  at: Date | null;
  /** Its size as a downloaded file (UTF-8 bytes). */
  bytes: number;
  raw: string;
  /** The shortlists in it this version can read: what Restore adds. */
  lists: Shortlist[];
  /** What in it cannot be read (empty: all of it can). */
  problems: string[];
  /** The version of the app that saved it, when it says. */
  version: number | null;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const byteSize = (text: string) => new TextEncoder().encode(text).length;

/** What a saved text holds that this version can read; lists of an unknown version are read as they are. */
export function readBackup(raw: string): Pick<Backup, 'lists' | 'problems' | 'version'> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { lists: [], problems: [STORAGE_TEXT.corrupt], version: null };
  }
  const value = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { state?: unknown; version?: unknown };
  const version = typeof value.version === 'number' ? value.version : null;
  const known = version === STORE_VERSION || (version !== null && migratableVersions().includes(version));
  const read = readSavedState(known && version !== null ? migrateSavedState(value.state, version) : value.state);
  if (!read) return { lists: [], problems: [STORAGE_TEXT.badShape], version };
  const problems = known ? read.problems : [STORAGE_TEXT.unknownVersion(value.version), ...read.problems];
  return { lists: read.replica.shortlists, problems, version };
}

/** The backups under `name`, newest first. */
export function listBackups(storage: Storage | null = localStorageOrNull(), name = STORE_KEY): Backup[] {
  if (!storage) return [];
  const prefix = `${name}${BACKUP_INFIX}`;
  const backups: Backup[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      const raw = key?.startsWith(prefix) ? storage.getItem(key) : null;
      if (key === null || raw === null) continue;
      const at = new Date(key.slice(prefix.length));
      backups.push({ key, at: Number.isNaN(at.getTime()) ? null : at, bytes: byteSize(raw), raw, ...readBackup(raw) });
    }
  } catch {
    return backups;
  }
  return backups.sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0) || (a.key < b.key ? 1 : -1));
}

/** The saved copy as it is stored now (null: none, or storage cannot be read). */
export function savedText(storage: Storage | null = localStorageOrNull(), name = STORE_KEY): string | null {
  try {
    return storage?.getItem(name) ?? null;
  } catch {
    return null;
  }
}

/** Deletes a backup (the user downloaded it, or wants the space); false when storage refused. */
export function deleteBackup(key: string, storage: Storage | null = localStorageOrNull()): boolean {
  if (!storage || !key.includes(BACKUP_INFIX)) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

export interface RestoreOutcome {
  shortlists: Shortlist[];
  /** Names of the lists added as they were in the backup. */
  added: string[];
  /** Names given to backup lists added next to a different list of the same id. */
  copied: string[];
  /** Names of backup lists the user still has unchanged. */
  present: string[];
}

const room = SAVED_STATE_LIMITS.shortlist.name - STORAGE_TEXT.restoredName('').length;
const copyName = (name: string) => STORAGE_TEXT.restoredName(name.slice(0, room));
const content = (l: Shortlist) => canonical({ entries: l.entries, event: l.event });
/** The user has this backup list already: as it is, or as an earlier restored copy. */
const hasAlready = (lists: Shortlist[], list: Shortlist) =>
  lists.some((l) => (l.name === list.name || l.name === copyName(list.name)) && content(l) === content(list));

/**
 * The current lists with a backup's lists added: never replacing one. A backup list the user still
 * has unchanged is skipped; one whose id is taken by a different list is added as a copy.
 */
export function restoreLists(current: Shortlist[], restored: Shortlist[], makeId = newListId): RestoreOutcome {
  const out: RestoreOutcome = { shortlists: [...current], added: [], copied: [], present: [] };
  for (const list of restored) {
    const same = out.shortlists.find((l) => l.id === list.id);
    if (hasAlready(out.shortlists, list)) out.present.push(list.name);
    else if (!same) {
      out.shortlists.push(list);
      out.added.push(list.name);
    } else {
      const name = copyName(list.name);
      out.shortlists.push({ ...list, id: makeId(), name });
      out.copied.push(name);
    }
  }
  return out;
}
