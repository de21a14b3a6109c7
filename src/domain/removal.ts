import type { ShortlistEntry } from '@/domain/event';
import { plural } from '@/domain/prose';
import type { Shortlist } from '@/domain/shortlist';

/** What a removal took away, with where it was, so Undo can put it back as it was. */
export type Removal =
  | { kind: 'entry'; listId: string; listName: string; entry: ShortlistEntry; index: number }
  | { kind: 'list'; list: Shortlist; index: number };

/** Names a cluster id for the user; the store keeps ids only, so the view passes the dataset's names. */
export type ClusterName = (clusterId: string) => string;

export const UNDO_LABEL = 'Undo';

// Every text of the undo notices, in one place (a later pass translates them).
export function removalMessage(removal: Removal, clusterName: ClusterName): string {
  if (removal.kind === 'list') {
    const { name, entries } = removal.list;
    return `Deleted the shortlist "${name}" with ${plural(entries.length, 'cluster')}.`;
  }
  const what = removal.entry.note
    ? `${clusterName(removal.entry.clusterId)} and its note`
    : clusterName(removal.entry.clusterId);
  return `Removed ${what} from "${removal.listName}".`;
}

export function undoLabelFor(removal: Removal, clusterName: ClusterName): string {
  return `${UNDO_LABEL}: ${removalMessage(removal, clusterName)}`;
}

/** Said when an entry's list was deleted after it: the list comes back first, then the entry. */
export function undoEntryFailedMessage(listName: string): string {
  return `The shortlist "${listName}" was deleted meanwhile: undo its deletion first, then undo this removal.`;
}
