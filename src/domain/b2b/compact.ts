import type { ScheduleState } from '@/domain/b2b/state';

// The second pass: shorter waits without unplacing anything. Simulated annealing over two moves
// of one unlocked meeting: into another slot where both sides are free, or swapping slots with
// the meeting in its way. Both keep every meeting, availability, cap and table count valid.

export function compactSchedule(state: ScheduleState, rnd: () => number, steps: number): void {
  const { ra, rb, free } = state.problem;
  const nS = state.nS;
  const nP = state.problem.participants.length;
  const idle = Int32Array.from({ length: nP }, (_, p) => state.idleOf(p));
  let current = idle.reduce((sum, x) => sum + x, 0);
  let best = current;
  let bestSlots = state.slotOf.slice();
  const movable: number[] = [];
  for (let r = 0; r < state.slotOf.length; r++) if (state.slotOf[r] >= 0 && !state.isLocked(r)) movable.push(r);
  if (movable.length === 0 || current === 0) return;
  const touched = new Int32Array(4);
  for (let step = 0; step < steps && best > 0; step++) {
    const r = movable[Math.floor(rnd() * movable.length)];
    const from = state.slotOf[r];
    const to = target(state, r, rnd);
    if (to < 0 || to === from || !free[ra[r] * nS + to] || !free[rb[r] * nS + to]) continue;
    const other = partnerMove(state, r, from, to, rnd);
    if (other === null) continue;
    let n = 0;
    n = addOnce(touched, n, ra[r]);
    n = addOnce(touched, n, rb[r]);
    if (other >= 0) n = addOnce(touched, addOnce(touched, n, ra[other]), rb[other]);
    let before = 0;
    for (let i = 0; i < n; i++) before += idle[touched[i]];
    shift(state, r, other, to, from);
    let after = 0;
    for (let i = 0; i < n; i++) after += state.idleOf(touched[i]);
    const delta = after - before;
    const temperature = 0.6 * (1 - step / steps) + 0.02;
    if (delta > 0 && rnd() >= Math.exp(-delta / temperature)) {
      shift(state, r, other, from, to);
      continue;
    }
    for (let i = 0; i < n; i++) idle[touched[i]] = state.idleOf(touched[i]);
    current += delta;
    if (current < best) [best, bestSlots] = [current, state.slotOf.slice()];
  }
  if (current > best) state.restore(bestSlots);
}

function addOnce(list: Int32Array, n: number, p: number): number {
  for (let i = 0; i < n; i++) if (list[i] === p) return n;
  list[n] = p;
  return n + 1;
}

/** Mostly a slot next to another meeting of one side (where waits shrink), else any common slot. */
function target(state: ScheduleState, r: number, rnd: () => number): number {
  const { ra, rb, common } = state.problem;
  const options = common[r];
  if (rnd() < 0.3) return options[Math.floor(rnd() * options.length)];
  const p = rnd() < 0.5 ? ra[r] : rb[r];
  const meetings = state.count[p] - 1;
  if (meetings <= 0) return -1;
  // The k-th of p's other meetings, then one slot before or after it.
  let k = Math.floor(rnd() * meetings);
  const row = p * state.nS;
  for (let s = 0; s < state.nS; s++) {
    const e = state.busy[row + s];
    if (e < 0 || e === r || k-- > 0) continue;
    const next = rnd() < 0.5 ? s - 1 : s + 1;
    return next < state.nS ? next : -1;
  }
  return -1;
}

/**
 * The meeting that must swap into `from` for r to move to `to`: -1 when r can simply move,
 * null when neither works (two meetings in the way, or the swap breaks availability).
 */
function partnerMove(state: ScheduleState, r: number, from: number, to: number, rnd: () => number): number | null {
  const { ra, rb, tables } = state.problem;
  const { busy, nS } = state;
  const ea = busy[ra[r] * nS + to];
  const eb = busy[rb[r] * nS + to];
  let e = ea >= 0 ? ea : eb;
  if (ea >= 0 && eb >= 0 && ea !== eb) return null;
  if (e < 0) {
    if (state.load[to] < tables) return -1;
    const here = state.members[to];
    e = here[Math.floor(rnd() * here.length)];
  }
  if (state.isLocked(e)) return null;
  const { free } = state.problem;
  const [c, d] = [ra[e] * nS + from, rb[e] * nS + from];
  if (!free[c] || !free[d] || (busy[c] >= 0 && busy[c] !== r) || (busy[d] >= 0 && busy[d] !== r)) return null;
  return e;
}

/** Move r from `from` to `to`; the other meeting (if any) goes the opposite way. */
function shift(state: ScheduleState, r: number, other: number, to: number, from: number): void {
  state.remove(r);
  if (other >= 0) {
    state.remove(other);
    state.place(other, from);
  }
  state.place(r, to);
}
