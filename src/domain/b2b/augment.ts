import type { ScheduleState } from '@/domain/b2b/state';

// Augmenting chains, found breadth-first: to place r0, put it into a slot where exactly one
// meeting e1 is in its way (a side's other meeting, or any meeting of a full slot), move e1 to a
// slot where only e2 is in its way, and so on until a meeting fits somewhere as things stand, or
// until the meeting left over has a lower priority than r0. The search reads the schedule as it
// is (plus: meetings earlier on the chain are gone), so a chain is checked as it is applied.

/** Tries once to place r0; true when the schedule gained it. */
export function augment(state: ScheduleState, r0: number): boolean {
  const { ra, rb, cap, prio, common, tables } = state.problem;
  const { busy, nS, count, load } = state;
  if (count[ra[r0]] >= cap[ra[r0]] || count[rb[r0]] >= cap[rb[r0]]) return false;
  const parent = new Map<number, { from: number; slot: number }>([[r0, { from: -1, slot: -1 }]]);
  const queue = [r0];
  let fallback = -1;
  // A meeting earlier on x's own chain is moving away, so it is no obstacle for x.
  const onChain = (x: number, e: number) => {
    for (let y = x; y >= 0; y = parent.get(y)?.from ?? -1) if (y === e) return true;
    return false;
  };
  for (let head = 0; head < queue.length; head++) {
    const x = queue[head];
    const own = state.slotOf[x];
    for (const s of common[x]) {
      state.work++;
      if (s === own) continue;
      let ea = busy[ra[x] * nS + s];
      let eb = busy[rb[x] * nS + s];
      if (ea >= 0 && onChain(x, ea)) ea = -1;
      if (eb >= 0 && onChain(x, eb)) eb = -1;
      if (ea >= 0 && eb >= 0 && ea !== eb) continue;
      const e = ea >= 0 ? ea : eb;
      if (e < 0 && load[s] < tables) {
        parent.set(-1, { from: x, slot: s });
        if (applyChain(state, parent, -1)) return true;
        continue;
      }
      const blockers = e >= 0 ? [e] : state.members[s];
      for (const b of blockers) {
        if (parent.has(b) || state.isLocked(b)) continue;
        parent.set(b, { from: x, slot: s });
        queue.push(b);
        if (fallback < 0 && prio[b] > prio[r0]) fallback = b;
      }
    }
  }
  return fallback >= 0 && applyChain(state, parent, fallback);
}

/**
 * Moves along the chain ending at `end` (-1: a free spot; else that meeting is left out). Every
 * meeting on it leaves first, then each takes its new slot: steps may depend on each other both
 * ways (two meetings of one participant trading slots), and a valid end state is reached in any
 * order of placing. Anything invalid is rolled back.
 */
function applyChain(state: ScheduleState, parent: Map<number, { from: number; slot: number }>, end: number): boolean {
  const moves: Array<{ r: number; to: number; was: number }> = [];
  for (let step = parent.get(end); step && step.from >= 0; step = parent.get(step.from))
    moves.push({ r: step.from, to: step.slot, was: state.slotOf[step.from] });
  const was = end >= 0 ? state.slotOf[end] : -1;
  if (end >= 0) state.remove(end);
  for (const m of moves) if (m.was >= 0) state.remove(m.r);
  let placed = 0;
  while (placed < moves.length && state.fits(moves[placed].r, moves[placed].to)) {
    state.place(moves[placed].r, moves[placed].to);
    placed++;
  }
  if (placed === moves.length) return true;
  for (let i = 0; i < placed; i++) state.remove(moves[i].r);
  for (const m of moves) if (m.was >= 0) state.place(m.r, m.was);
  if (end >= 0) state.place(end, was);
  return false;
}
