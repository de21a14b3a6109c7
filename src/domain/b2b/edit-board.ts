import { compileProblem, type Problem } from '@/domain/b2b/problem';
import type { B2bInput, B2bSchedule, MeetingRequest, PlacedMeeting } from '@/domain/b2b/types';
import { formatTime } from '@/domain/dates';

// The organiser's view of a schedule while editing it: which meeting sits in which slot × table,
// and what stops a meeting from going to a cell. Slots are indices of buildB2bSlots(event).

/** A meeting is named by its pair: the requests of an event hold each pair once. */
export type MeetingRef = Pick<MeetingRequest, 'requester' | 'partner'>;

export const samePair = (a: MeetingRef, b: MeetingRef): boolean =>
  (a.requester === b.requester && a.partner === b.partner) || (a.requester === b.partner && a.partner === b.requester);

export interface Board {
  input: B2bInput;
  problem: Problem;
  /** grid[slot][table]: the meeting there, or null. */
  grid: Array<Array<PlacedMeeting | null>>;
  slotOf: (m: Pick<PlacedMeeting, 'date' | 'start'>) => number;
  tableOf: (name: string) => number;
}

/** Why a meeting cannot go to a cell (the wording lives in the view). */
export type BlockReason =
  | { code: 'unavailable'; participant: string }
  /** `participant` already meets `other` in that slot. */
  | { code: 'busy'; participant: string; other: string }
  | { code: 'cap-reached'; participant: string; maxMeetings: number }
  /** An unplaced meeting cannot take a cell that holds a meeting (move that one first). */
  | { code: 'taken'; occupant: PlacedMeeting };

export type CellStatus =
  | { kind: 'current' }
  | { kind: 'free' }
  | { kind: 'swap'; occupant: PlacedMeeting }
  /** `occupant` set: the reason is why the meeting in the target cannot take the moved one's place. */
  | { kind: 'blocked'; reason: BlockReason; occupant: PlacedMeeting | null };

export function buildBoard(input: B2bInput, schedule: B2bSchedule): Board {
  // Locks play no part in where a meeting may go by hand: the organiser moves locked ones too.
  const problem = compileProblem({ ...input, event: { ...input.event, locked: [] } });
  const slotIndex = new Map(problem.slots.map((s, i) => [`${s.date} ${formatTime(s.start)}`, i]));
  const tableIndex = new Map(input.event.tableNames.map((name, i) => [name, i]));
  const slotOf = (m: Pick<PlacedMeeting, 'date' | 'start'>) => slotIndex.get(`${m.date} ${m.start}`) ?? -1;
  const tableOf = (name: string) => tableIndex.get(name) ?? -1;
  const grid = problem.slots.map(() => input.event.tableNames.map((): PlacedMeeting | null => null));
  for (const m of schedule.scheduled) {
    const s = slotOf(m);
    const t = tableOf(m.table);
    if (s >= 0 && t >= 0) grid[s][t] = m;
  }
  return { input, problem, grid, slotOf, tableOf };
}

export function findPlaced(
  board: Board,
  ref: MeetingRef,
): { slot: number; table: number; meeting: PlacedMeeting } | null {
  for (let slot = 0; slot < board.grid.length; slot++) {
    const table = board.grid[slot].findIndex((m) => m !== null && samePair(m, ref));
    if (table >= 0) return { slot, table, meeting: board.grid[slot][table] as PlacedMeeting };
  }
  return null;
}

const otherSide = (m: MeetingRef, p: string) => (m.requester === p ? m.partner : m.requester);

/** What stops `meeting` from sitting in `slot`, ignoring the meetings in `ignore`; null: nothing. */
function blockAt(
  board: Board,
  meeting: MeetingRef,
  slot: number,
  ignore: ReadonlyArray<PlacedMeeting | null>,
  isNew: boolean,
): BlockReason | null {
  const { participants, free, cap } = board.problem;
  const nS = board.problem.slots.length;
  const sides = [meeting.requester, meeting.partner];
  for (const p of sides) {
    const i = participants.indexOf(p);
    if (i >= 0 && free[i * nS + slot] === 0) return { code: 'unavailable', participant: p };
  }
  const here = board.grid[slot].filter((m): m is PlacedMeeting => m !== null && !ignore.includes(m));
  for (const p of sides) {
    const other = here.find((m) => m.requester === p || m.partner === p);
    if (other) return { code: 'busy', participant: p, other: otherSide(other, p) };
  }
  if (!isNew) return null;
  for (const p of sides) {
    const i = participants.indexOf(p);
    const count = board.grid.flat().filter((m) => m !== null && (m.requester === p || m.partner === p)).length;
    if (i >= 0 && count >= cap[i]) return { code: 'cap-reached', participant: p, maxMeetings: cap[i] };
  }
  return null;
}

/** Whether the meeting `ref` (placed or not) may go to the cell, and why not. */
export function cellStatus(board: Board, ref: MeetingRef, slot: number, table: number): CellStatus {
  const from = findPlaced(board, ref);
  const occupant = board.grid[slot][table];
  if (from && from.slot === slot && from.table === table) return { kind: 'current' };
  const ignore = [from?.meeting ?? null, occupant];
  const own = blockAt(board, ref, slot, ignore, from === null);
  if (own) return { kind: 'blocked', reason: own, occupant: null };
  if (!occupant) return { kind: 'free' };
  if (!from) return { kind: 'blocked', reason: { code: 'taken', occupant }, occupant: null };
  const back = blockAt(board, occupant, from.slot, ignore, false);
  return back ? { kind: 'blocked', reason: back, occupant } : { kind: 'swap', occupant };
}
