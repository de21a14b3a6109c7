// Every text of the "Saved data" dialog, in one place. Getters and functions: each is worded in
// the active language when the dialog renders.
import { formatBytes, formatLocalDateTime, formatNumber } from '@/domain/format';
import type { Shortlist } from '@/domain/shortlist';
import { tr } from '@/i18n/i18n';
import { savedDataPlace } from '@/stores/storage-messages';

const clusters = (n: number) =>
  n === 0 ? tr('savedData:dialog.noClusters') : tr('savedData:dialog.clusters', { count: n, n: formatNumber(n, 0) });

export const SAVED_DATA_TEXT = {
  get title() {
    return savedDataPlace();
  },
  get intro() {
    return tr('savedData:dialog.intro');
  },
  get nowHeading() {
    return tr('savedData:dialog.nowHeading');
  },
  get nothingSaved() {
    return tr('savedData:dialog.nothingSaved');
  },
  get savingOff() {
    return tr('savedData:dialog.savingOff');
  },
  get downloadSaved() {
    return tr('savedData:dialog.downloadSaved');
  },
  get trySaving() {
    return tr('savedData:dialog.trySaving');
  },
  get backupsHeading() {
    return tr('savedData:dialog.backupsHeading');
  },
  get noBackups() {
    return tr('savedData:dialog.noBackups');
  },
  get backupsLabel() {
    return tr('savedData:dialog.backupsLabel');
  },
  get download() {
    return tr('savedData:dialog.download');
  },
  get restore() {
    return tr('savedData:dialog.restore');
  },
  get restoreHint() {
    return tr('savedData:dialog.restoreHint');
  },
  get delete() {
    return tr('savedData:dialog.delete');
  },
  get confirmDeleteYes() {
    return tr('savedData:dialog.confirmDeleteYes');
  },
  get cancel() {
    return tr('savedData:dialog.cancel');
  },
  get notDeleted() {
    return tr('savedData:dialog.notDeleted');
  },
  get close() {
    return tr('savedData:dialog.close');
  },
  savingOn: (bytes: number) => tr('savedData:dialog.savingOn', { size: formatBytes(bytes) }),
  when: (at: Date | null) => (at ? formatLocalDateTime(at) : tr('savedData:dialog.unknownTime')),
  size: formatBytes,
  holds: (lists: readonly Shortlist[]) =>
    lists.length === 0
      ? tr('savedData:dialog.holdsNone')
      : tr('savedData:dialog.holds', {
          count: lists.length,
          n: formatNumber(lists.length, 0),
          list: lists.map((l) => `"${l.name}" (${clusters(l.entries.length)})`).join(', '),
        }),
  cannotRead: (problems: readonly string[]) => tr('savedData:dialog.cannotRead', { problems: problems.join('; ') }),
  downloadLabel: (when: string) => tr('savedData:dialog.downloadLabel', { when }),
  restoreLabel: (when: string) => tr('savedData:dialog.restoreLabel', { when }),
  deleteLabel: (when: string) => tr('savedData:dialog.deleteLabel', { when }),
  confirmDelete: (when: string) => tr('savedData:dialog.confirmDelete', { when }),
  deleted: (when: string) => tr('savedData:dialog.deleted', { when }),
};

/** File names for downloads: the storage key and the moment, safe on every file system. */
export function backupFileName(key: string): string {
  return `${key.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+$/, '')}.json`;
}
