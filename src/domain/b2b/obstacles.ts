import type { ScheduleState } from '@/domain/b2b/state';

/** Weights make the searches lexicographic: one must outweighs all the shoulds a move pushes out. */
export const WEIGHT = [10_000, 100, 1] as const;

/**
 * What must leave for r to go into slot s: the sides' meetings then, one of a side's meetings if
 * it is at its cap, one meeting of the slot if every table is taken (the lowest priority, ties at
 * random). null when a locked meeting, or one that `stays` says must not move, is in the way.
 */
export function ejections(
  state: ScheduleState,
  r: number,
  s: number,
  rnd: () => number,
  stays: (e: number) => boolean = () => false,
): number[] | null {
  const { ra, rb, cap, tables, prio } = state.problem;
  const { busy, nS, count } = state;
  const out: number[] = [];
  for (const p of [ra[r], rb[r]]) {
    const e = busy[p * nS + s];
    if (e >= 0 && !out.includes(e)) {
      if (state.isLocked(e) || stays(e)) return null;
      out.push(e);
    }
  }
  const touching = (p: number) => out.filter((e) => ra[e] === p || rb[e] === p).length;
  for (const p of [ra[r], rb[r]]) {
    if (count[p] - touching(p) < cap[p]) continue;
    const own: number[] = [];
    for (let t = 0; t < nS; t++) {
      const e = busy[p * nS + t];
      if (e >= 0 && !out.includes(e) && !state.isLocked(e) && !stays(e)) own.push(e);
    }
    const e = cheapest(own, prio, rnd);
    if (e < 0) return null;
    out.push(e);
  }
  const atSlot = out.filter((e) => state.slotOf[e] === s).length;
  if (state.load[s] - atSlot >= tables) {
    const here = state.members[s].filter((e) => !out.includes(e) && !state.isLocked(e) && !stays(e));
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
