import { augment } from '@/domain/b2b/augment';
import { ejectionSearch } from '@/domain/b2b/eject';
import { repair } from '@/domain/b2b/repair';
import type { ScheduleState } from '@/domain/b2b/state';

// Placement: a greedy pass, then rounds of augmenting chains (augment.ts) for every unplaced
// request, must first; a round that gains nothing is followed by random ejection chains
// (eject.ts) that reshuffle the schedule so the next round finds new paths.

const REPAIR_DEPTH = 3;
const REPAIR_NODES = 500;

export interface SearchLimits {
  /** Stop once the placed counts reach these (must, must + should, all): nothing better exists. */
  targets: readonly [number, number, number];
  /** Rounds of augmenting chains; after a round that gains nothing, `shuffleSteps` of sideways moves. */
  maxRounds: number;
  /** Stop after this many rounds in a row without a gain. */
  maxIdleRounds: number;
  /** Stop once the searches have taken this many steps (ScheduleState.work). */
  maxWork: number;
  shuffleSteps: number;
}

export function placeMeetings(state: ScheduleState, rnd: () => number, limits: SearchLimits): void {
  greedy(state, rnd);
  const { prio } = state.problem;
  let best = placedByPriority(state);
  for (let round = 0, idle = 0; round < limits.maxRounds && idle < limits.maxIdleRounds; round++) {
    if (state.work > limits.maxWork) break;
    // A request can only help if its priority and the ones above have not reached their bound.
    const open = best.map((placed, k) => placed < limits.targets[k]);
    if (!open.includes(true)) break;
    for (const r of state.unplaced())
      if (state.slotOf[r] < 0 && open[prio[r]] && !augment(state, r)) repair(state, r, REPAIR_DEPTH, REPAIR_NODES);
    let after = placedByPriority(state);
    if (same(after, best)) {
      ejectionSearch(state, rnd, limits.shuffleSteps);
      after = placedByPriority(state);
    }
    idle = same(after, best) ? idle + 1 : 0;
    best = after;
  }
  fillDirectly(state);
}

const same = (x: readonly number[], y: readonly number[]) => x.every((n, k) => n === y[k]);

/** Placed meetings of priority must, must or should, any. */
function placedByPriority(state: ScheduleState): [number, number, number] {
  const placed = [0, 0, 0];
  const { prio } = state.problem;
  for (let r = 0; r < prio.length; r++) if (state.slotOf[r] >= 0) placed[prio[r]]++;
  return [placed[0], placed[0] + placed[1], placed[0] + placed[1] + placed[2]];
}

/** Place every request that fits somewhere as things stand, must first. */
export function fillDirectly(state: ScheduleState): void {
  for (const r of state.unplaced()) {
    const s = state.problem.common[r].find((slot) => state.fits(r, slot));
    if (s !== undefined) state.place(r, s);
  }
}

function greedy(state: ScheduleState, rnd: () => number): void {
  const { prio, common, ra, rb } = state.problem;
  const tie = Float64Array.from(state.slotOf, () => rnd());
  const order = state
    .unplaced()
    .sort((x, y) => prio[x] - prio[y] || common[x].length - common[y].length || tie[x] - tie[y]);
  const { busy, nS } = state;
  const next = (p: number, s: number) =>
    (s > 0 && busy[p * nS + s - 1] >= 0 ? 1 : 0) + (s + 1 < nS && busy[p * nS + s + 1] >= 0 ? 1 : 0);
  for (const r of order) {
    let best = -1;
    let bestScore = -1;
    for (const s of common[r]) {
      if (!state.fits(r, s)) continue;
      // Next to the sides' other meetings: shorter waits, less work for the compaction pass.
      const score = next(ra[r], s) + next(rb[r], s) + rnd() * 0.5;
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    if (best >= 0) state.place(r, best);
  }
}
