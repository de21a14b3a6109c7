import {
  SAVED_STATE_FIELDS,
  activeShortlistIdSchema,
  revSchema,
  savedStateSchema,
  syncClockSchema,
} from '@/data/schemas/saved-state';
import { formatPath } from '@/data/validate';
import type { Shortlist } from '@/domain/shortlist';
import { repairShortlists, type SavedShortlists } from '@/stores/saved-shortlists';
import type { ListClock, Replica, SyncClock } from '@/stores/sync-clock';

/** A saved state (of the current version) as the store can use it, and what could not be used. */
export interface SavedRead {
  replica: Replica;
  activeShortlistId: string | null;
  rev: number;
  /** Top-level fields this version does not know: kept as they are and written back untouched. */
  extra: Record<string, unknown>;
  /** What was left out or changed, for the notice (the raw data is then set aside). */
  problems: string[];
}

const KNOWN: ReadonlySet<string> = new Set(SAVED_STATE_FIELDS);

/** Each list once: a repeated id would merge two lists into one, so the later copy gets its own id. */
function uniqueIds(lists: Shortlist[], problems: string[]): Shortlist[] {
  const seen = new Set<string>();
  return lists.map((list, index) => {
    let { id } = list;
    for (let n = 2; seen.has(id); n += 1) id = `${list.id.slice(0, 50)}-${n}`;
    seen.add(id);
    if (id === list.id) return list;
    problems.push(`shortlist ${index + 1}: its id "${list.id}" was used twice; it now has the id "${id}"`);
    return { ...list, id };
  });
}

/** Each cluster once per list: a repeated entry keeps its first note. */
function uniqueEntries(lists: Shortlist[], problems: string[]): Shortlist[] {
  return lists.map((list, index) => {
    const seen = new Set<string>();
    const entries = list.entries.filter((e) => !seen.has(e.clusterId) && seen.add(e.clusterId));
    if (entries.length === list.entries.length) return list;
    problems.push(`shortlist ${index + 1}: a cluster was listed twice; it is kept once, with its first note`);
    return { ...list, entries };
  });
}

/** The saved clock fitted to the lists that loaded; a list without one counts as unchanged since forever. */
function fitClock(lists: Shortlist[], saved: unknown): SyncClock {
  const parsed = syncClockSchema.safeParse(saved);
  const clock = parsed.success ? parsed.data : { lists: [], removed: [] };
  const byId = new Map(clock.lists.map((c) => [c.id, c]));
  return {
    lists: lists.map((list, index): ListClock => {
      const c = byId.get(list.id);
      const stamps = new Map(c?.entries);
      return {
        id: list.id,
        // Lists saved before clocks existed keep their order.
        created: c?.created ?? index,
        name: c?.name ?? 0,
        event: c?.event ?? 0,
        // Clocks saved before lists kept a profile: the profile counts as old as the event.
        profile: c?.profile ?? c?.event ?? 0,
        order: c?.order ?? 0,
        entries: list.entries.map((e): [string, number] => [e.clusterId, stamps.get(e.clusterId) ?? 0]),
      };
    }),
    removed: clock.removed,
  };
}

/** Reads a saved state of the current version; null when it has no list of shortlists at all. */
export function readSavedState(state: unknown): SavedRead | null {
  const saved = savedStateSchema.safeParse(state);
  if (!saved.success || typeof state !== 'object' || state === null) return null;
  const record = state as Record<string, unknown>;
  const repaired = repairShortlists(saved.data.shortlists);
  const problems = [...repaired.problems];
  const shortlists = uniqueEntries(uniqueIds(repaired.shortlists, problems), problems);
  const active = activeShortlistIdSchema.safeParse(record.activeShortlistId ?? null);
  if (!active.success) {
    const issue = active.error.issues[0];
    problems.push(`the saved state: ${formatPath(['activeShortlistId', ...issue.path])} ${issue.message}`);
  }
  const wanted = active.success ? active.data : null;
  const rev = revSchema.safeParse(record.rev);
  return {
    replica: { shortlists, clock: fitClock(shortlists, record.clock) },
    activeShortlistId: shortlists.some((l) => l.id === wanted) ? wanted : (shortlists[0]?.id ?? null),
    rev: rev.success ? rev.data : 0,
    extra: Object.fromEntries(Object.entries(record).filter(([key]) => !KNOWN.has(key))),
    problems,
  };
}

/** Why a saved state of the current version cannot be loaded whole (empty: it can). */
export function savedStateProblems(state: unknown): string[] {
  const read = readSavedState(state);
  if (read) return read.problems;
  const saved = savedStateSchema.safeParse(state);
  const issue = saved.success ? null : saved.error.issues[0];
  return [`the saved state: ${issue ? `${formatPath(issue.path) || '(root)'} ${issue.message}` : 'not an object'}`];
}

/** The valid part of a persisted state (persist's `merge`), or null when none of it can be read. */
export function restoreSaved(persisted: unknown): SavedShortlists | null {
  const read = readSavedState(persisted);
  return read && { shortlists: read.replica.shortlists, activeShortlistId: read.activeShortlistId };
}
