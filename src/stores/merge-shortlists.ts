import type { ShortlistEntry } from '@/domain/event';
import type { Shortlist } from '@/domain/shortlist';
import { canonical, entryContent, type ListClock, type Removal, type Replica } from '@/stores/sync-clock';

// Merging two tabs' copies: per list, per entry, per field, the later change wins; a deletion wins
// over edits made before it (and on a tie). The result depends only on what the two copies hold,
// never on which one came first, so tabs that merge each other's copies end up with the same lists.

interface Versioned {
  list: Shortlist;
  clock: ListClock;
}

const removalKey = (list: string, cluster: string | null) => `${list}\u0000${cluster ?? ''}`;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The later of two stamped values; on a tie, the greater by `text`, so both orders agree. */
function later<T>(a: T, at: number, b: T, bt: number, text: (v: T) => string): T {
  if (at !== bt) return at > bt ? a : b;
  return compareText(text(a), text(b)) >= 0 ? a : b;
}

function mergeRemovals(a: Removal[], b: Removal[]): Removal[] {
  const byKey = new Map<string, Removal>();
  for (const r of [...a, ...b]) {
    const key = removalKey(r.list, r.cluster);
    const seen = byKey.get(key);
    if (!seen || r.at > seen.at) byKey.set(key, r);
  }
  return [...byKey.entries()].sort(([x], [y]) => compareText(x, y)).map(([, r]) => r);
}

function revisionOf(a: Shortlist, b: Shortlist): Pick<Shortlist, 'revision'> {
  if (a.revision === undefined && b.revision === undefined) return {};
  return { revision: Math.max(a.revision ?? 0, b.revision ?? 0) };
}

function mergeList(x: Versioned, y: Versioned): Versioned {
  const entries = new Map<string, { entry: ShortlistEntry; at: number }>();
  for (const side of [x, y]) {
    const stamps = new Map(side.clock.entries);
    for (const entry of side.list.entries) {
      const at = stamps.get(entry.clusterId) ?? 0;
      const seen = entries.get(entry.clusterId);
      entries.set(
        entry.clusterId,
        seen
          ? { entry: later(seen.entry, seen.at, entry, at, entryContent), at: Math.max(seen.at, at) }
          : { entry, at },
      );
    }
  }
  const sequence = (v: Versioned) => v.list.entries.map((e) => e.clusterId).join('\u0000');
  const [first, second] = later([x, y], x.clock.order, [y, x], y.clock.order, ([v]) => sequence(v));
  const order = first.list.entries.map((e) => e.clusterId);
  const placed = new Set(order);
  // Entries only the other copy has (added there) follow, oldest first.
  const added = second.list.entries
    .map((e) => e.clusterId)
    .filter((id) => !placed.has(id))
    .sort((a, b) => (entries.get(a)?.at ?? 0) - (entries.get(b)?.at ?? 0) || compareText(a, b));
  const ids = [...order, ...added];
  const name = later(x.list.name, x.clock.name, y.list.name, y.clock.name, (n) => n);
  const event = later(x.list.event, x.clock.event, y.list.event, y.clock.event, canonical);
  // A kept profile wins a tie over none, whichever copy comes first.
  const profileText = (p: Shortlist['profile']) => (p ? canonical(p) : '');
  const profile = later(x.list.profile, x.clock.profile, y.list.profile, y.clock.profile, profileText);
  const list: Shortlist = {
    ...x.list,
    name,
    event,
    entries: ids.map((id) => entries.get(id)?.entry as ShortlistEntry),
  };
  if (profile) list.profile = profile;
  else delete list.profile;
  return {
    // Never lower than either copy's revision, so a calendar exported from either tab is replaced by the next.
    list: { ...list, ...revisionOf(x.list, y.list) },
    clock: {
      id: x.list.id,
      created: Math.min(x.clock.created, y.clock.created),
      name: Math.max(x.clock.name, y.clock.name),
      event: Math.max(x.clock.event, y.clock.event),
      profile: Math.max(x.clock.profile, y.clock.profile),
      order: Math.max(x.clock.order, y.clock.order),
      entries: ids.map((id): [string, number] => [id, entries.get(id)?.at ?? 0]),
    },
  };
}

/** Drops the entries deleted at or after their last change. */
function withoutRemoved(v: Versioned, removedAt: Map<string, number>): Versioned {
  const keep = v.clock.entries.map(([id, at]) => at > (removedAt.get(removalKey(v.list.id, id)) ?? -1));
  if (keep.every(Boolean)) return v;
  return {
    list: { ...v.list, entries: v.list.entries.filter((_, i) => keep[i]) },
    clock: { ...v.clock, entries: v.clock.entries.filter((_, i) => keep[i]) },
  };
}

function lastChange(clock: ListClock): number {
  const { created, name, event, profile, order } = clock;
  return Math.max(created, name, event, profile, order, ...clock.entries.map(([, at]) => at));
}

/** Both copies in one: nothing either copy saved is lost unless the other deleted it later. */
export function mergeReplicas(a: Replica, b: Replica): Replica {
  const removed = mergeRemovals(a.clock.removed, b.clock.removed);
  const removedAt = new Map(removed.map((r) => [removalKey(r.list, r.cluster), r.at]));
  const versions = new Map<string, Versioned[]>();
  for (const replica of [a, b]) {
    replica.shortlists.forEach((list, i) => {
      const v = { list, clock: replica.clock.lists[i] };
      versions.set(list.id, [...(versions.get(list.id) ?? []), v]);
    });
  }
  const merged: Versioned[] = [];
  for (const [id, [x, y]] of versions) {
    const v = withoutRemoved(y ? mergeList(x, y) : x, removedAt);
    // A list deleted after its last change is gone; one changed after its deletion comes back.
    if ((removedAt.get(removalKey(id, null)) ?? -1) < lastChange(v.clock)) merged.push(v);
  }
  merged.sort((x, y) => x.clock.created - y.clock.created || compareText(x.list.id, y.list.id));
  return { shortlists: merged.map((v) => v.list), clock: { lists: merged.map((v) => v.clock), removed } };
}
