import { priorityBounds } from '@/domain/b2b/bound';
import { compactSchedule } from '@/domain/b2b/compact';
import { fillDirectly, placeMeetings } from '@/domain/b2b/place';
import { compileProblem, type Problem } from '@/domain/b2b/problem';
import { mulberry32 } from '@/domain/b2b/random';
import { explainUnplaced } from '@/domain/b2b/reasons';
import { ScheduleState } from '@/domain/b2b/state';
import { assignTables } from '@/domain/b2b/tables';
import {
  PRIORITIES,
  type B2bInput,
  type B2bSchedule,
  type PlacedMeeting,
  type UnplacedMeeting,
} from '@/domain/b2b/types';
import { formatTime } from '@/domain/dates';

export interface ScheduleOptions {
  /** Same seed, same schedule. */
  seed?: number;
  /** Scales the search effort (1 by default). */
  effort?: number;
}

/**
 * Places the requested meetings of a validated input (see check-input.ts). Locks that cannot be
 * kept (problem.lockIssues) are scheduled like any other request.
 */
export function scheduleMeetings(input: B2bInput, options: ScheduleOptions = {}): B2bSchedule {
  const problem = compileProblem(input);
  const state = new ScheduleState(problem);
  const rnd = mulberry32(options.seed ?? 1);
  const effort = options.effort ?? 1;
  const nR = input.requests.length;
  const bounds = priorityBounds(problem);
  placeMeetings(state, rnd, {
    targets: bounds,
    maxRounds: Math.round(effort * 40),
    maxIdleRounds: Math.round(effort * 10),
    shuffleSteps: 300 + nR,
    maxWork: Math.round(effort * 1000 * (nR + 100)),
  });
  compactSchedule(state, rnd, Math.round(effort * (10_000 + 100 * nR)));
  fillDirectly(state);
  return {
    ...describe(problem, state, input),
    requested: nR,
    bound: bounds[2],
    mustBound: bounds[0],
    idle: state.totalIdle(),
  };
}

function describe(problem: Problem, state: ScheduleState, input: B2bInput) {
  const table = assignTables(state);
  const { tableNames } = input.event;
  const placed: Array<{ r: number; meeting: PlacedMeeting }> = [];
  const unscheduled: UnplacedMeeting[] = [];
  input.requests.forEach((request, r) => {
    const s = state.slotOf[r];
    if (s < 0) {
      unscheduled.push({ ...request, reason: explainUnplaced(state, r) });
      return;
    }
    const slot = problem.slots[s];
    const meeting = {
      ...request,
      date: slot.date,
      start: formatTime(slot.start),
      end: formatTime(slot.end),
      table: tableNames[table[r]],
      locked: state.isLocked(r),
    };
    placed.push({ r, meeting });
  });
  placed.sort((x, y) => state.slotOf[x.r] - state.slotOf[y.r] || table[x.r] - table[y.r]);
  unscheduled.sort((x, y) => PRIORITIES.indexOf(x.priority) - PRIORITIES.indexOf(y.priority));
  return { scheduled: placed.map((p) => p.meeting), unscheduled };
}
