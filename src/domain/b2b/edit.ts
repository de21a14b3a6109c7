import { buildBoard, cellStatus, samePair, type MeetingRef } from '@/domain/b2b/edit-board';
import { compileProblem } from '@/domain/b2b/problem';
import { explainUnplaced } from '@/domain/b2b/reasons';
import { ScheduleState } from '@/domain/b2b/state';
import {
  PRIORITIES,
  type B2bInput,
  type B2bSchedule,
  type LockedMeeting,
  type PlacedMeeting,
  type UnplacedMeeting,
} from '@/domain/b2b/types';
import { formatTime } from '@/domain/dates';

// The organiser's edits of a schedule: move, swap, take out, lock. Each returns a new schedule
// whose unplaced meetings are explained again, as the scheduler would explain them.

/** The schedule's meetings as locks, e.g. to keep the locked ones when scheduling again. */
export function locksOf(meetings: readonly PlacedMeeting[]): LockedMeeting[] {
  return meetings.map(({ requester, partner, date, start, table }) => ({ requester, partner, date, start, table }));
}

/**
 * The schedule with `scheduled` as its meetings: sorted by time then table, the rest of the
 * requests unplaced with their reasons (read off the scheduler's own state), waiting recounted.
 */
export function withMeetings(input: B2bInput, before: B2bSchedule, scheduled: PlacedMeeting[]): B2bSchedule {
  const problem = compileProblem({ ...input, event: { ...input.event, locked: locksOf(scheduled) } });
  const state = new ScheduleState(problem);
  const tableIndex = (name: string) => input.event.tableNames.indexOf(name);
  const slot = (m: PlacedMeeting) => `${m.date} ${m.start}`;
  const sorted = [...scheduled].sort(
    (a, b) => slot(a).localeCompare(slot(b)) || tableIndex(a.table) - tableIndex(b.table),
  );
  const unscheduled: UnplacedMeeting[] = [];
  input.requests.forEach((request, r) => {
    if (state.slotOf[r] < 0) unscheduled.push({ ...request, reason: explainUnplaced(state, r) });
  });
  unscheduled.sort((x, y) => PRIORITIES.indexOf(x.priority) - PRIORITIES.indexOf(y.priority));
  return { ...before, scheduled: sorted, unscheduled, idle: state.totalIdle() };
}

/**
 * Moves the meeting `ref` (placed or unplaced) to the cell; when the cell holds a meeting that fits
 * in the moved one's place, the two swap. Both end up locked: the organiser chose where they sit.
 * Null when the cell is blocked (see cellStatus) or is where the meeting already is.
 */
export function moveMeeting(
  input: B2bInput,
  schedule: B2bSchedule,
  ref: MeetingRef,
  slot: number,
  table: number,
): B2bSchedule | null {
  const board = buildBoard(input, schedule);
  const status = cellStatus(board, ref, slot, table);
  if (status.kind === 'current' || status.kind === 'blocked') return null;
  const moving = schedule.scheduled.find((m) => samePair(m, ref)) ?? schedule.unscheduled.find((m) => samePair(m, ref));
  if (!moving) return null;
  const at = (s: number, t: number) => {
    const cell = board.problem.slots[s];
    return {
      date: cell.date,
      start: formatTime(cell.start),
      end: formatTime(cell.end),
      table: input.event.tableNames[t],
    };
  };
  const request = { requester: moving.requester, partner: moving.partner, priority: moving.priority };
  const moved: PlacedMeeting = { ...request, ...at(slot, table), locked: true };
  const source = 'table' in moving ? { slot: board.slotOf(moving), table: board.tableOf(moving.table) } : null;
  const others = schedule.scheduled.filter(
    (m) => !samePair(m, ref) && m !== (status.kind === 'swap' ? status.occupant : null),
  );
  const next = [...others, moved];
  if (status.kind === 'swap' && source)
    next.push({ ...status.occupant, ...at(source.slot, source.table), locked: true });
  return withMeetings(input, schedule, next);
}

/** Takes the meeting out of the schedule (it becomes unplaced, with its reason). */
export function unplaceMeeting(input: B2bInput, schedule: B2bSchedule, ref: MeetingRef): B2bSchedule {
  return withMeetings(
    input,
    schedule,
    schedule.scheduled.filter((m) => !samePair(m, ref)),
  );
}

/** Locks or unlocks a placed meeting: a locked one stays where it is when scheduling again. */
export function setLocked(schedule: B2bSchedule, ref: MeetingRef, locked: boolean): B2bSchedule {
  return {
    ...schedule,
    scheduled: schedule.scheduled.map((m) => (samePair(m, ref) ? { ...m, locked } : m)),
  };
}
