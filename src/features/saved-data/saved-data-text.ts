// Every text of the "Saved data" dialog, in one place (to be translated as a whole).
import { formatBytes, formatLocalDateTime } from '@/domain/format';
import type { Shortlist } from '@/domain/shortlist';
import { SAVED_DATA_PLACE } from '@/stores/storage-messages';

const clusters = (n: number) => (n === 0 ? 'no clusters' : n === 1 ? '1 cluster' : `${n} clusters`);

export const SAVED_DATA_TEXT = {
  title: SAVED_DATA_PLACE,
  intro:
    'Your shortlists, notes and events are kept only in this browser. When saved data cannot be loaded whole, the app keeps a copy of it here (a backup) before anything could overwrite it.',
  nowHeading: 'Saved in this browser',
  savingOn: (bytes: number) => `Saving is on. Your saved data takes ${formatBytes(bytes)}.`,
  nothingSaved: 'Saving is on. Nothing is saved yet.',
  savingOff:
    'Saving is off: changes last only while this tab is open, and nothing saved was overwritten. Download what is saved, free space by deleting backups you have downloaded, then try saving again.',
  downloadSaved: 'Download saved data',
  trySaving: 'Try saving again',
  backupsHeading: 'Backups',
  noBackups: 'No backups: all saved data could be loaded.',
  backupsLabel: 'Backups of saved data',
  when: (at: Date | null) => (at ? formatLocalDateTime(at) : 'an unknown time'),
  size: formatBytes,
  holds: (lists: readonly Shortlist[]) =>
    lists.length === 0
      ? 'Holds no shortlist this version can read.'
      : `Holds ${lists.length === 1 ? '1 shortlist' : `${lists.length} shortlists`} this version can read: ${lists
          .map((l) => `"${l.name}" (${clusters(l.entries.length)})`)
          .join(', ')}.`,
  cannotRead: (problems: readonly string[]) =>
    `Cannot be read here: ${problems.join('; ')} Download it to keep it, or to fix it by hand.`,
  download: 'Download',
  downloadLabel: (when: string) => `Download backup of ${when}`,
  restore: 'Restore',
  restoreLabel: (when: string) => `Restore backup of ${when}`,
  restoreHint: 'Restore adds its shortlists next to yours; it never replaces one.',
  delete: 'Delete',
  deleteLabel: (when: string) => `Delete backup of ${when}`,
  confirmDelete: (when: string) => `Delete the backup of ${when}? This cannot be undone; download it first to keep it.`,
  confirmDeleteYes: 'Yes, delete it',
  cancel: 'Cancel',
  deleted: (when: string) => `Deleted the backup of ${when}.`,
  notDeleted: 'The backup could not be deleted: this browser refused to change its storage.',
  close: 'Close',
} as const;

/** File names for downloads: the storage key and the moment, safe on every file system. */
export function backupFileName(key: string): string {
  return `${key.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+$/, '')}.json`;
}
