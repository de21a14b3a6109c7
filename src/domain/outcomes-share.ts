// Meeting outcomes in a share link (`oc`): one per shared cluster, in link order, null where a
// meeting is not marked; a tuple keeps the link short. They travel with the notes, and a link too
// long for them leaves both out.
import { OUTCOME_STATUSES, type EntryOutcome, type OutcomeStatus } from '@/domain/event';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';

type OutcomeTuple = [status: OutcomeStatus, note: string, at: string];

/** The `oc` value, or null when no shared entry has an outcome. */
export function encodeShareOutcomes(outcomes: ReadonlyArray<EntryOutcome | null | undefined>): string | null {
  if (!outcomes.some(Boolean)) return null;
  return JSON.stringify(outcomes.map((o): OutcomeTuple | null => (o ? [o.status, o.note, o.at] : null)));
}

const isStatus = (v: unknown): v is OutcomeStatus => (OUTCOME_STATUSES as readonly unknown[]).includes(v);

function outcomeOf(raw: unknown): EntryOutcome | null {
  if (!Array.isArray(raw) || raw.length !== 3) return null;
  const [status, note, at] = raw as unknown[];
  if (!isStatus(status) || typeof note !== 'string' || typeof at !== 'string') return null;
  return { status, note: note.slice(0, SAVED_STATE_LIMITS.shortlist.note), at };
}

/**
 * Each outcome by the cluster id at its place in the link's own list (`ids`); entries that cannot
 * be read are left out (`bad` is called once). The receiver still checks each against the schema.
 */
export function decodeShareOutcomes(
  raw: string,
  ids: readonly string[],
  bad: () => void,
): ReadonlyMap<string, EntryOutcome> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const byId = new Map<string, EntryOutcome>();
  if (!Array.isArray(value)) {
    bad();
    return byId;
  }
  let unreadable = false;
  value.slice(0, SAVED_STATE_LIMITS.shortlist.entries).forEach((item: unknown, i) => {
    const id = ids[i];
    if (item === null || !id) return;
    const outcome = outcomeOf(item);
    if (outcome && !byId.has(id)) byId.set(id, outcome);
    else if (!outcome) unreadable = true;
  });
  if (unreadable) bad();
  return byId;
}
