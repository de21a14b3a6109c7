import type { ShortlistEntry } from '@/domain/event';
import { formatNumber } from '@/domain/format';
import { tr } from '@/i18n/i18n';
import type { Shortlist } from '@/domain/shortlist';

/** What a removal took away, with where it was, so Undo can put it back as it was. */
export type Removal =
  | { kind: 'entry'; listId: string; listName: string; entry: ShortlistEntry; index: number }
  | { kind: 'list'; list: Shortlist; index: number };

/** Names a cluster id for the user; the store keeps ids only, so the view passes the dataset's names. */
export type ClusterName = (clusterId: string) => string;

/** The Undo button's text. */
export function undoLabel(): string {
  return tr('notices:removal.undo');
}

// Every text of the undo notices, in one place, in the active language.
export function removalMessage(removal: Removal, clusterName: ClusterName): string {
  if (removal.kind === 'list') {
    const { name, entries } = removal.list;
    return tr('notices:removal.deletedList', { name, count: entries.length, n: formatNumber(entries.length, 0) });
  }
  const vars = { cluster: clusterName(removal.entry.clusterId), list: removal.listName };
  return removal.entry.note ? tr('notices:removal.removedWithNote', vars) : tr('notices:removal.removed', vars);
}

export function undoLabelFor(removal: Removal, clusterName: ClusterName): string {
  return tr('notices:removal.undoWhat', { message: removalMessage(removal, clusterName) });
}

/** Said when an entry's list was deleted after it: the list comes back first, then the entry. */
export function undoEntryFailedMessage(listName: string): string {
  return tr('notices:removal.undoEntryFailed', { name: listName });
}
