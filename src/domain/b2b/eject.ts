import { ejections, WEIGHT } from '@/domain/b2b/obstacles';
import type { ScheduleState } from '@/domain/b2b/state';

// Ejection chains with a tabu list (after Glover): put an unplaced request into a slot and push
// out whatever blocks it, as long as what is pushed out weighs no more than what goes in (now and
// then more: a step back can open a better arrangement); the pushed-out request is tried next.
// The best schedule seen is the one kept.

const NO_MOVE = Number.POSITIVE_INFINITY;
const STEP_BACK = 0.02;

/** Random ejection chains: they reshuffle the schedule so the next round of augmenting chains
 * finds new paths, and take any weighted gain they meet on the way. */
export function ejectionSearch(state: ScheduleState, rnd: () => number, steps: number): void {
  const { prio, common } = state.problem;
  const nS = state.nS;
  const pool = state.unplaced();
  const tabu = new Int32Array(prio.length * nS);
  let chain = -1;
  let value = 0;
  for (let r = 0; r < prio.length; r++) if (state.slotOf[r] >= 0) value += WEIGHT[prio[r]];
  let best = { value, slots: state.slotOf.slice() };
  for (let step = 1; step <= steps && pool.length > 0; step++) {
    const r = chain >= 0 ? chain : pool[Math.floor(rnd() * pool.length)];
    state.work += common[r].length;
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
    if (bestCost === NO_MOVE || (bestCost > gain && rnd() >= STEP_BACK)) continue;
    value += gain - bestCost;
    for (const e of bestOut) {
      const from = state.slotOf[e];
      state.remove(e);
      pool.push(e);
      tabu[e * nS + from] = step + 5 + Math.floor(rnd() * 10);
    }
    state.place(r, bestSlot);
    pool.splice(pool.indexOf(r), 1);
    if (bestOut.length > 0) chain = bestOut[Math.floor(rnd() * bestOut.length)];
    if (value > best.value) best = { value, slots: state.slotOf.slice() };
  }
  if (value < best.value) state.restore(best.slots);
}
