import { parseTime } from '@/domain/dates';
import { buildB2bSlots, slotsOverlapping, type B2bSlot } from '@/domain/b2b/slots';
import { PRIORITIES, type B2bInput } from '@/domain/b2b/types';

// The scheduler's numeric view of an event: participants, slots, tables and requests are
// indices, availability a flat 0/1 matrix, so the search touches typed arrays only.

/** Why a locked meeting cannot be kept as entered (check-input.ts words it). */
export type LockIssue =
  | 'not-requested'
  | 'not-a-slot'
  | 'unknown-table'
  | 'unavailable'
  | 'double-booked'
  | 'table-taken'
  | 'tables-full'
  | 'cap-exceeded';

export interface Problem {
  participants: string[];
  slots: B2bSlot[];
  tables: number;
  /** free[p * slots + s] = 1 when participant p is available in slot s. */
  free: Uint8Array;
  cap: Int32Array;
  /** Request r is between ra[r] (requester) and rb[r] (partner), priority index prio[r]. */
  ra: Int32Array;
  rb: Int32Array;
  prio: Uint8Array;
  /** Per request: the slots where both sides are available. */
  common: Int32Array[];
  /** Per request: its locked slot and table, or -1 (table -1 with a slot: any table). */
  lockSlot: Int32Array;
  lockTable: Int32Array;
  /** Locks that could not be kept, by index in event.locked; those requests are scheduled freely. */
  lockIssues: Array<{ lock: number; issue: LockIssue }>;
}

/** More meetings than any event has slots: no cap. */
const NO_CAP = 1 << 30;

const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function compileProblem(input: B2bInput): Problem {
  const { event, requests, unavailable } = input;
  const slots = buildB2bSlots(event);
  const nS = slots.length;
  const index = new Map<string, number>();
  const id = (name: string) => {
    let p = index.get(name);
    if (p === undefined) index.set(name, (p = index.size));
    return p;
  };
  const nR = requests.length;
  const ra = new Int32Array(nR);
  const rb = new Int32Array(nR);
  const prio = new Uint8Array(nR);
  requests.forEach((r, i) => {
    ra[i] = id(r.requester);
    rb[i] = id(r.partner);
    prio[i] = PRIORITIES.indexOf(r.priority);
  });
  const participants = [...index.keys()];
  const nP = participants.length;
  const free = new Uint8Array(nP * nS).fill(1);
  for (const u of unavailable) {
    const p = index.get(u.participant);
    if (p !== undefined) for (const s of slotsOverlapping(slots, u.date, u.start, u.end)) free[p * nS + s] = 0;
  }
  const cap = new Int32Array(nP);
  participants.forEach((name, p) => {
    cap[p] = Math.min(NO_CAP, event.maxMeetings[name] ?? event.defaultMaxMeetings ?? NO_CAP);
  });
  const common = requests.map((_, r) => {
    const both: number[] = [];
    for (let s = 0; s < nS; s++) if (free[ra[r] * nS + s] && free[rb[r] * nS + s]) both.push(s);
    return Int32Array.from(both);
  });
  const problem: Problem = {
    participants,
    slots,
    tables: event.tableNames.length,
    free,
    cap,
    ra,
    rb,
    prio,
    common,
    lockSlot: new Int32Array(nR).fill(-1),
    lockTable: new Int32Array(nR).fill(-1),
    lockIssues: [],
  };
  applyLocks(problem, input, index);
  return problem;
}

function applyLocks(problem: Problem, input: B2bInput, index: ReadonlyMap<string, number>): void {
  const { slots, free, cap, ra, rb, tables } = problem;
  const nS = slots.length;
  const byPair = new Map<string, number>();
  input.requests.forEach((_, r) => byPair.set(pairKey(ra[r], rb[r]), r));
  const busy = new Set<string>();
  const tableTaken = new Set<string>();
  const load = new Int32Array(nS);
  const count = new Int32Array(problem.participants.length);
  input.event.locked.forEach((lock, i) => {
    const a = index.get(lock.requester);
    const b = index.get(lock.partner);
    const r = a === undefined || b === undefined ? undefined : byPair.get(pairKey(a, b));
    const s = slots.findIndex((slot) => slot.date === lock.date && slot.start === parseTime(lock.start));
    const t = lock.table === null ? -1 : input.event.tableNames.indexOf(lock.table);
    const fail = (issue: LockIssue) => problem.lockIssues.push({ lock: i, issue });
    if (r === undefined || problem.lockSlot[r] >= 0) return fail('not-requested');
    if (s < 0) return fail('not-a-slot');
    if (lock.table !== null && t < 0) return fail('unknown-table');
    const [pa, pb] = [ra[r], rb[r]];
    if (!free[pa * nS + s] || !free[pb * nS + s]) return fail('unavailable');
    if (busy.has(`${pa}@${s}`) || busy.has(`${pb}@${s}`)) return fail('double-booked');
    if (t >= 0 && tableTaken.has(`${t}@${s}`)) return fail('table-taken');
    if (load[s] >= tables) return fail('tables-full');
    if (count[pa] >= cap[pa] || count[pb] >= cap[pb]) return fail('cap-exceeded');
    busy.add(`${pa}@${s}`).add(`${pb}@${s}`);
    if (t >= 0) tableTaken.add(`${t}@${s}`);
    load[s]++;
    count[pa]++;
    count[pb]++;
    problem.lockSlot[r] = s;
    problem.lockTable[r] = t;
  });
}
