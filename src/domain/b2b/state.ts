import type { Problem } from '@/domain/b2b/problem';

/** A schedule under construction: who meets when, kept consistent both ways. */
export class ScheduleState {
  /** Slot of each request, -1 when not placed. */
  readonly slotOf: Int32Array;
  /** busy[p * slots + s]: the request participant p meets in slot s, or -1. */
  readonly busy: Int32Array;
  readonly load: Int32Array;
  readonly count: Int32Array;
  /** The requests placed in each slot (unordered), with each request's position there. */
  readonly members: number[][];
  private readonly position: Int32Array;
  readonly nS: number;
  /** Search steps taken so far: the searches stop at a budget counted in these, not in time. */
  work = 0;

  constructor(readonly problem: Problem) {
    const nR = problem.ra.length;
    const nP = problem.participants.length;
    this.nS = problem.slots.length;
    this.slotOf = new Int32Array(nR).fill(-1);
    this.busy = new Int32Array(nP * this.nS).fill(-1);
    this.load = new Int32Array(this.nS);
    this.count = new Int32Array(nP);
    this.members = Array.from({ length: this.nS }, () => []);
    this.position = new Int32Array(nR);
    for (let r = 0; r < nR; r++) if (problem.lockSlot[r] >= 0) this.place(r, problem.lockSlot[r]);
  }

  isLocked(r: number): boolean {
    return this.problem.lockSlot[r] >= 0;
  }

  place(r: number, s: number): void {
    const { ra, rb } = this.problem;
    this.slotOf[r] = s;
    this.busy[ra[r] * this.nS + s] = r;
    this.busy[rb[r] * this.nS + s] = r;
    this.load[s]++;
    this.count[ra[r]]++;
    this.count[rb[r]]++;
    const list = this.members[s];
    this.position[r] = list.length;
    list.push(r);
  }

  remove(r: number): void {
    const { ra, rb } = this.problem;
    const s = this.slotOf[r];
    this.slotOf[r] = -1;
    this.busy[ra[r] * this.nS + s] = -1;
    this.busy[rb[r] * this.nS + s] = -1;
    this.load[s]--;
    this.count[ra[r]]--;
    this.count[rb[r]]--;
    const list = this.members[s];
    const last = list.pop() as number;
    if (last !== r) {
      list[this.position[r]] = last;
      this.position[last] = this.position[r];
    }
  }

  /** Back to an earlier schedule (locked meetings never moved). */
  restore(slots: Int32Array): void {
    for (let r = 0; r < slots.length; r++) if (this.slotOf[r] >= 0 && !this.isLocked(r)) this.remove(r);
    for (let r = 0; r < slots.length; r++) if (slots[r] >= 0 && !this.isLocked(r)) this.place(r, slots[r]);
  }

  /** Unplaced requests, must first, then in request order. */
  unplaced(): number[] {
    const all: number[] = [];
    for (let r = 0; r < this.slotOf.length; r++) if (this.slotOf[r] < 0) all.push(r);
    const { prio } = this.problem;
    return all.sort((x, y) => prio[x] - prio[y] || x - y);
  }

  /** Both sides available and not in another meeting, a table free, no cap reached. */
  fits(r: number, s: number): boolean {
    const { ra, rb, free, cap, tables } = this.problem;
    const a = ra[r];
    const b = rb[r];
    return (
      this.load[s] < tables &&
      free[a * this.nS + s] === 1 &&
      free[b * this.nS + s] === 1 &&
      this.busy[a * this.nS + s] < 0 &&
      this.busy[b * this.nS + s] < 0 &&
      this.count[a] < cap[a] &&
      this.count[b] < cap[b]
    );
  }

  /**
   * Waiting slots of participant p: slots between its first and last meeting (in time order,
   * across days) where it is available but has no meeting. A slot it marked unavailable is not
   * waiting: it is elsewhere.
   */
  idleOf(p: number): number {
    const row = p * this.nS;
    const { free } = this.problem;
    let idle = 0;
    let waiting = -1;
    for (let s = 0; s < this.nS; s++) {
      if (this.busy[row + s] >= 0) {
        if (waiting > 0) idle += waiting;
        waiting = 0;
      } else if (waiting >= 0 && free[row + s]) waiting++;
    }
    return idle;
  }

  totalIdle(): number {
    let idle = 0;
    for (let p = 0; p < this.problem.participants.length; p++) idle += this.idleOf(p);
    return idle;
  }
}
