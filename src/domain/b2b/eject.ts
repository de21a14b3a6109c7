import type { ScheduleState } from '@/domain/b2b/state';

// Ejection chains with a tabu list (after Glover): put an unplaced request into a slot and push
// out whatever blocks it, as long as what is pushed out weighs no more than what goes in; the
// pushed-out request is tried next.

/** Weights make the search lexicographic: one must outweighs every should a move can push out. */
const WEIGHT = [10_000, 100, 1] as const;
const NO_MOVE = Number.POSITIVE_INFINITY;

/** Random ejection chains (moves that lose nothing): they reshuffle the schedule so the next
 * round of augmenting chains finds new paths, and take any weighted gain they meet on the way. */
export function ejectionSearch(state: ScheduleState, rnd: () => number, steps: number): void {
  const { prio, common } = state.problem;
  const nS = state.nS;
  const pool = state.unplaced();
  const tabu = new Int32Array(prio.length * nS);
  let chain = -1;
  for (let step = 1; step <= steps && pool.length > 0; step++) {
    const r = chain >= 0 ? chain : pool[Math.floor(rnd() * pool.length)];
    const gain = WEIGHT[prio[r]];
    let bestCost = NO_MOVE;
    let bestSlot = -1;
    let bestOut: number[] = [];
    let ties = 0;
    for (const s of common[r]) {
      const out = ejections(state, r, s, rnd);
      if (!out) continue;
      let cost = 0;
      for (const e of out) cost += WEIGHT[prio[e]];
      if (tabu[r * nS + s] > step && cost >= gain) continue;
      if (cost < bestCost) [bestCost, bestSlot, bestOut, ties] = [cost, s, out, 1];
      else if (cost === bestCost && rnd() * ++ties < 1) [bestSlot, bestOut] = [s, out];
    }
    chain = -1;
    if (bestCost > gain) continue;
    for (const e of bestOut) {
      const from = state.slotOf[e];
      state.remove(e);
      pool.push(e);
      tabu[e * nS + from] = step + 5 + Math.floor(rnd() * 10);
    }
    state.place(r, bestSlot);
    pool.splice(pool.indexOf(r), 1);
    if (bestOut.length > 0) chain = bestOut[Math.floor(rnd() * bestOut.length)];
  }
}

/** What must leave for r to go into slot s; null when a locked meeting is in the way. */
function ejections(state: ScheduleState, r: number, s: number, rnd: () => number): number[] | null {
  const { ra, rb, cap, tables, prio } = state.problem;
  const { busy, nS, count } = state;
  const out: number[] = [];
  for (const p of [ra[r], rb[r]]) {
    const e = busy[p * nS + s];
    if (e >= 0 && !out.includes(e)) {
      if (state.isLocked(e)) return null;
      out.push(e);
    }
  }
  const touching = (p: number) => out.filter((e) => ra[e] === p || rb[e] === p).length;
  for (const p of [ra[r], rb[r]]) {
    if (count[p] - touching(p) < cap[p]) continue;
    const own: number[] = [];
    for (let t = 0; t < nS; t++) {
      const e = busy[p * nS + t];
      if (e >= 0 && !out.includes(e) && !state.isLocked(e)) own.push(e);
    }
    const e = cheapest(own, prio, rnd);
    if (e < 0) return null;
    out.push(e);
  }
  const atSlot = out.filter((e) => state.slotOf[e] === s).length;
  if (state.load[s] - atSlot >= tables) {
    const here = state.members[s].filter((e) => !out.includes(e) && !state.isLocked(e));
    const e = cheapest(here, prio, rnd);
    if (e < 0) return null;
    out.push(e);
  }
  return out;
}

function cheapest(candidates: readonly number[], prio: Uint8Array, rnd: () => number): number {
  let best = -1;
  let ties = 0;
  for (const e of candidates) {
    if (best < 0 || prio[e] > prio[best]) [best, ties] = [e, 1];
    else if (prio[e] === prio[best] && rnd() * ++ties < 1) best = e;
  }
  return best;
}
