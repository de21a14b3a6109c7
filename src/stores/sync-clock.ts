import type { ShortlistEntry } from '@/domain/event';
import type { Shortlist } from '@/domain/shortlist';

// Several tabs keep their own copy of the shortlists. Each copy carries when every part of every list
// last changed, and what was deleted when, so any two copies can be merged without losing an edit
// (stores/merge-shortlists.ts). Stamps are milliseconds since 1970; 0 means "before stamps existed".

/** When each part of one shortlist last changed. */
export interface ListClock {
  id: string;
  /** When the list was made: lists are kept in this order. */
  created: number;
  name: number;
  event: number;
  /** When the list's own profile was kept or changed. */
  profile: number;
  /** The last time an entry was moved. */
  order: number;
  /** [cluster id, when the entry was added or its note or outcome last changed], one per entry, in list order. */
  entries: Array<[string, number]>;
}

/** A deletion of a whole list (`cluster` null) or of one entry. */
export interface Removal {
  list: string;
  cluster: string | null;
  at: number;
}

export interface SyncClock {
  /** One per shortlist, in the same order. */
  lists: ListClock[];
  removed: Removal[];
}

/** Shortlists with their clock: what two tabs merge. */
export interface Replica {
  shortlists: Shortlist[];
  clock: SyncClock;
}

export const EMPTY_REPLICA: Replica = { shortlists: [], clock: { lists: [], removed: [] } };

/** Deletions older than this are forgotten; a tab left open that long may bring such an item back. */
export const REMOVAL_KEPT_MS = 90 * 24 * 60 * 60 * 1000;

export function freshClock(list: Shortlist, at: number, created = at): ListClock {
  const entries = list.entries.map((e): [string, number] => [e.clusterId, at]);
  return { id: list.id, created, name: at, event: at, profile: at, order: at, entries };
}

/** A stable text for a JSON value, whatever order its keys were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** An entry's saved content (note and outcome) as one text: what a tab's stamp and the merge compare. */
export const entryContent = (entry: ShortlistEntry) => canonical(entry);

/** Whether the entries both lists share are in the same order. */
function sameOrder(before: Shortlist, after: Shortlist): boolean {
  const inAfter = new Set(after.entries.map((e) => e.clusterId));
  const inBefore = new Set(before.entries.map((e) => e.clusterId));
  const a = before.entries.filter((e) => inAfter.has(e.clusterId));
  const b = after.entries.filter((e) => inBefore.has(e.clusterId));
  return a.every((e, i) => e.clusterId === b[i].clusterId);
}

/** The clock of `after`, a later state of `before`: what differs is stamped `at`, removals are recorded. */
function restamp(before: Shortlist, after: Shortlist, clock: ListClock, at: number, removed: Removal[]): ListClock {
  if (before === after) return clock;
  const old = new Map(before.entries.map((e) => [e.clusterId, entryContent(e)]));
  const stamps = new Map(clock.entries);
  const kept = new Set(after.entries.map((e) => e.clusterId));
  for (const e of before.entries)
    if (!kept.has(e.clusterId)) removed.push({ list: after.id, cluster: e.clusterId, at });
  const entries = after.entries.map((e): [string, number] => {
    const unchanged = old.has(e.clusterId) && old.get(e.clusterId) === entryContent(e);
    return [e.clusterId, unchanged ? (stamps.get(e.clusterId) ?? 0) : at];
  });
  const next: ListClock = {
    ...clock,
    name: before.name === after.name ? clock.name : at,
    event: before.event === after.event || canonical(before.event) === canonical(after.event) ? clock.event : at,
    profile:
      before.profile === after.profile || canonical(before.profile) === canonical(after.profile) ? clock.profile : at,
    order: sameOrder(before, after) ? clock.order : at,
    entries,
  };
  const same =
    next.name === clock.name &&
    next.event === clock.event &&
    next.profile === clock.profile &&
    next.order === clock.order &&
    entries.length === clock.entries.length &&
    entries.every(([id, t], i) => clock.entries[i][0] === id && clock.entries[i][1] === t);
  return same ? clock : next;
}

/**
 * The replica after this tab changed its shortlists to `next` at time `at`: every part that differs
 * from `prev` gets the stamp `at`, every deleted list or entry a removal. `prev` itself when nothing
 * saved changed (a new array with the same content included).
 */
export function stamp(prev: Replica, next: Shortlist[], at: number): Replica {
  if (next === prev.shortlists) return prev;
  const before = new Map(prev.shortlists.map((l, i) => [l.id, { list: l, clock: prev.clock.lists[i] }]));
  const removed: Removal[] = [];
  const lists = next.map((list) => {
    const old = before.get(list.id);
    return old ? restamp(old.list, list, old.clock, at, removed) : freshClock(list, at);
  });
  const ids = new Set(next.map((l) => l.id));
  for (const old of prev.shortlists) if (!ids.has(old.id)) removed.push({ list: old.id, cluster: null, at });
  const unchanged =
    removed.length === 0 &&
    lists.length === prev.clock.lists.length &&
    lists.every((c, i) => c === prev.clock.lists[i] && prev.shortlists[i].id === next[i].id);
  if (unchanged) return prev;
  return { shortlists: next, clock: { lists, removed: [...prev.clock.removed, ...removed] } };
}

/** The latest stamp in a replica: a tab's next stamp must be later, so its edit wins over what it saw. */
export function latestStamp({ clock }: Replica): number {
  let latest = 0;
  for (const c of clock.lists) {
    latest = Math.max(latest, c.created, c.name, c.event, c.profile, c.order);
    for (const [, t] of c.entries) latest = Math.max(latest, t);
  }
  for (const r of clock.removed) latest = Math.max(latest, r.at);
  return latest;
}

/** Forgets removals older than REMOVAL_KEPT_MS (the clock would otherwise grow forever). */
export function pruneRemovals(clock: SyncClock, now: number): SyncClock {
  const removed = clock.removed.filter((r) => r.at >= now - REMOVAL_KEPT_MS);
  return removed.length === clock.removed.length ? clock : { ...clock, removed };
}
