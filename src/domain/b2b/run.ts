import { locksOf } from '@/domain/b2b/edit';
import type { B2bWorkspace } from '@/domain/b2b/participants';
import { scheduleMeetings } from '@/domain/b2b/schedule-meetings';
import type { B2bInput, B2bSchedule } from '@/domain/b2b/types';
import { eventWithCaps } from '@/domain/b2b/workspace-edit';

/** A schedule with the input it was made from: the grid and its edits read both. */
export interface B2bRun {
  input: B2bInput;
  schedule: B2bSchedule;
}

/** The scheduler's input for the workspace, keeping the meetings the organiser locked in `previous`. */
export function scheduleInput(w: B2bWorkspace, previous: B2bRun | null): B2bInput {
  const known = new Set(w.participants.map((p) => p.name));
  const requests = w.requests.filter((r) => known.has(r.requester) && known.has(r.partner));
  const locked = locksOf(previous?.schedule.scheduled.filter((m) => m.locked) ?? []);
  return { event: { ...eventWithCaps(w), locked }, requests, unavailable: w.unavailable };
}

/**
 * Schedules the workspace. Locks the changed event can no longer keep (a slot or table gone, a
 * participant now away) are scheduled like the other requests, so they come back unlocked.
 */
export function runSchedule(w: B2bWorkspace, previous: B2bRun | null): B2bRun {
  const input = scheduleInput(w, previous);
  return { input, schedule: scheduleMeetings(input) };
}

/** Whether the workspace changed since the run (its schedule no longer shows the event as it is). */
export function isStale(w: B2bWorkspace, run: B2bRun): boolean {
  const now = scheduleInput(w, run);
  // Locks follow the schedule's own edits, so they are no change of the event.
  const key = (input: B2bInput) => JSON.stringify({ ...input, event: { ...input.event, locked: [] } });
  return key(now) !== key(run.input);
}
