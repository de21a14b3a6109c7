import { ejections, WEIGHT } from '@/domain/b2b/obstacles';
import type { ScheduleState } from '@/domain/b2b/state';

// Depth-limited repair for what single-obstacle chains (augment.ts) cannot do: put r0 into a
// slot and push out every meeting in its way (both sides' meetings, a capped side's meeting, a
// meeting of a full slot), then re-place each of those the same way, a level deeper. A pushed-out
// meeting may stay out only while everything left out weighs less than r0. Undone if it fails.

export function repair(state: ScheduleState, r0: number, depth: number, budget: number): boolean {
  const gain = WEIGHT[state.problem.prio[r0]];
  const moved = new Set<number>([r0]);
  const journal: Array<{ r: number; from: number }> = [];
  let dropped = 0;
  let nodes = 0;
  const never = () => 0;
  const stays = (e: number) => moved.has(e);

  const undo = (mark: number, droppedBefore: number) => {
    while (journal.length > mark) {
      const { r, from } = journal.pop() as { r: number; from: number };
      if (state.slotOf[r] >= 0) state.remove(r);
      moved.delete(r);
      if (from >= 0) state.place(r, from);
    }
    dropped = droppedBefore;
  };

  const insert = (x: number, level: number): boolean => {
    for (const s of state.problem.common[x]) {
      state.work++;
      if (++nodes > budget) return false;
      const out = ejections(state, x, s, never, stays);
      if (!out || (out.length > 0 && level === 0)) continue;
      const mark = journal.length;
      const droppedBefore = dropped;
      for (const e of out) {
        journal.push({ r: e, from: state.slotOf[e] });
        moved.add(e);
        state.remove(e);
      }
      journal.push({ r: x, from: -1 });
      state.place(x, s);
      let ok = true;
      for (const e of out) {
        if (insert(e, level - 1)) continue;
        dropped += WEIGHT[state.problem.prio[e]];
        if (dropped >= gain) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
      undo(mark, droppedBefore);
    }
    return false;
  };
  return insert(r0, depth);
}
