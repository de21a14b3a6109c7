import type { ScheduleState } from '@/domain/b2b/state';

// Augmenting chains, found breadth-first: to place r0, put it into a slot where exactly one
// meeting e1 is in its way (a side's other meeting, or any meeting of a full slot), move e1 to a
// slot where only e2 is in its way, and so on until a meeting fits somewhere as things stand, or
// until the meeting left over has a lower priority than r0. Applied from the far end, every step
// goes into a place the next step freed, and is checked; an invalid chain is rolled back.

/** Tries once to place r0; true when the schedule gained it. */
export function augment(state: ScheduleState, r0: number): boolean {
  const { ra, rb, cap, prio, common, tables } = state.problem;
  const { busy, nS, count, load } = state;
  if (count[ra[r0]] >= cap[ra[r0]] || count[rb[r0]] >= cap[rb[r0]]) return false;
  const parent = new Map<number, { from: number; slot: number }>([[r0, { from: -1, slot: -1 }]]);
  const queue = [r0];
  let fallback = -1;
  for (let head = 0; head < queue.length; head++) {
    const x = queue[head];
    const own = state.slotOf[x];
    for (const s of common[x]) {
      if (s === own) continue;
      const ea = busy[ra[x] * nS + s];
      const eb = busy[rb[x] * nS + s];
      if (ea >= 0 && eb >= 0 && ea !== eb) continue;
      const e = ea >= 0 ? ea : eb;
      if (e < 0 && load[s] < tables) {
        parent.set(-1, { from: x, slot: s });
        return applyChain(state, parent, -1);
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

/** Moves along the chain ending at `end` (-1: a free spot; else that meeting is left out). */
function applyChain(state: ScheduleState, parent: Map<number, { from: number; slot: number }>, end: number): boolean {
  const done: Array<{ r: number; was: number }> = [];
  let step = parent.get(end);
  if (end >= 0) {
    done.push({ r: end, was: state.slotOf[end] });
    state.remove(end);
  }
  while (step && step.from >= 0) {
    const r = step.from;
    const was = state.slotOf[r];
    if (was >= 0) state.remove(r);
    done.push({ r, was });
    if (!state.fits(r, step.slot)) {
      rollBack(state, done);
      return false;
    }
    state.place(r, step.slot);
    step = parent.get(r);
  }
  return true;
}

function rollBack(state: ScheduleState, done: ReadonlyArray<{ r: number; was: number }>): void {
  for (const { r } of done) if (state.slotOf[r] >= 0) state.remove(r);
  for (const { r, was } of done) if (was >= 0) state.place(r, was);
}
