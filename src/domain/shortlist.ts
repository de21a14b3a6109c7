import type { EntryOutcome, MeetingEvent, ShortlistEntry } from '@/domain/event';
import type { ListProfile } from '@/domain/list-profile';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';

const MAX_NOTE = SAVED_STATE_LIMITS.shortlist.note;

/** One named shortlist per event: the ordered partners and the event they will meet at. */
export interface Shortlist {
  id: string;
  name: string;
  entries: ShortlistEntry[];
  event: MeetingEvent;
  /**
   * One more on every change to the list or its event (0 or absent for a list never changed since
   * revisions were kept): the calendar export's SEQUENCE, so a re-imported file replaces its entries.
   */
  revision?: number;
  /**
   * The profile the list is scored with. Absent on a list saved or exported before lists kept one:
   * it follows the dashboard until the manager keeps a profile for it.
   */
  profile?: ListProfile;
}

/** What the browser keeps between visits: the shortlists and which one is open. */
export interface SavedShortlists {
  shortlists: Shortlist[];
  activeShortlistId: string | null;
}

/** `after` with the revision one past `before`'s; `before` itself when nothing changed. */
export function revised(before: Shortlist, after: Shortlist): Shortlist {
  return after === before ? before : { ...after, revision: (before.revision ?? 0) + 1 };
}

export function hasCluster(list: Shortlist, clusterId: string): boolean {
  return list.entries.some((e) => e.clusterId === clusterId);
}

export function addEntry(list: Shortlist, clusterId: string): Shortlist {
  if (hasCluster(list, clusterId)) return list;
  return { ...list, entries: [...list.entries, { clusterId, note: '' }] };
}

export function removeEntry(list: Shortlist, clusterId: string): Shortlist {
  return { ...list, entries: list.entries.filter((e) => e.clusterId !== clusterId) };
}

/** Moves an entry by `delta` places (−1 up, +1 down), clamped to the list. */
export function moveEntry(list: Shortlist, clusterId: string, delta: number): Shortlist {
  const from = list.entries.findIndex((e) => e.clusterId === clusterId);
  if (from < 0) return list;
  const to = Math.max(0, Math.min(list.entries.length - 1, from + delta));
  if (to === from) return list;
  const entries = [...list.entries];
  const [moved] = entries.splice(from, 1);
  entries.splice(to, 0, moved);
  return { ...list, entries };
}

export function setNote(list: Shortlist, clusterId: string, note: string): Shortlist {
  return { ...list, entries: list.entries.map((e) => (e.clusterId === clusterId ? { ...e, note } : e)) };
}

/**
 * The entry's outcome set to `status` with `note` (null clears it). The stamp changes only with
 * the content, so typing the same text again is no change for the tabs' merge.
 */
export function setOutcome(
  list: Shortlist,
  clusterId: string,
  outcome: Omit<EntryOutcome, 'at'> | null,
  at: string,
): Shortlist {
  let changed = false;
  const entries = list.entries.map((e) => {
    if (e.clusterId !== clusterId) return e;
    const before = e.outcome;
    if (!outcome) {
      if (!before) return e;
      changed = true;
      const rest = { ...e };
      delete rest.outcome;
      return rest;
    }
    if (before && before.status === outcome.status && before.note === outcome.note) return e;
    changed = true;
    return { ...e, outcome: { ...outcome, at } };
  });
  return changed ? { ...list, entries } : list;
}

/**
 * Puts a removed entry back at `index` (clamped) with its note. When the cluster was added again
 * meanwhile, that entry moves there instead, and a note written since is kept next to the old one.
 */
export function restoreEntry(list: Shortlist, entry: ShortlistEntry, index: number): Shortlist {
  const since = list.entries.find((e) => e.clusterId === entry.clusterId)?.note ?? '';
  const rest = list.entries.filter((e) => e.clusterId !== entry.clusterId);
  const both = `${entry.note}\n${since}`;
  let note = entry.note;
  if (since && since !== entry.note) note = entry.note && both.length <= MAX_NOTE ? both : since;
  const at = Math.max(0, Math.min(rest.length, index));
  return { ...list, entries: [...rest.slice(0, at), { clusterId: entry.clusterId, note }, ...rest.slice(at)] };
}
