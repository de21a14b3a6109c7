import { FlowNetwork } from '@/domain/b2b/max-flow';
import type { Problem } from '@/domain/b2b/problem';

/*
 * A proven upper bound on how many requested meetings any schedule can place.
 *
 * Give every request one "owner" among its two sides (all requesters, or all partners) and build
 * the flow network
 *   source → owner p (capacity: p's max meetings) → request r (1)
 *          → (p, slot s) for each slot where both sides of r are available (1)
 *          → slot s (1: p sits in one meeting per slot) → sink (capacity: number of tables).
 * A locked request only reaches its locked slot.
 *
 * Why it is sound: take any valid schedule and send one unit along
 * source → owner → r → (owner, s) → s → sink for each meeting r placed in slot s. Every
 * capacity holds because the schedule respects it: the owner's meetings stay within its cap,
 * a request is placed once, only in a slot where both sides are available (or its locked slot),
 * the owner has at most one meeting per slot, and a slot holds at most one meeting per table.
 * So every schedule is a flow, and no schedule places more meetings than the maximum flow.
 * Both choices of owner give a bound; we report the smaller. This one network already contains
 * the simpler relaxations: per-participant matching of requests to distinct free slots (capped by
 * max meetings) summed over one side, and slots × tables.
 */
export function meetingBound(problem: Problem, include: (r: number) => boolean = () => true): number {
  return Math.min(sideBound(problem, problem.ra, include), sideBound(problem, problem.rb, include));
}

/** Bounds on the must meetings, on must + should, and on all meetings. */
export function priorityBounds(problem: Problem): [number, number, number] {
  const { prio } = problem;
  return [
    meetingBound(problem, (r) => prio[r] === 0),
    meetingBound(problem, (r) => prio[r] <= 1),
    meetingBound(problem),
  ];
}

function sideBound(problem: Problem, owner: Int32Array, include: (r: number) => boolean): number {
  const nP = problem.participants.length;
  const nS = problem.slots.length;
  const nR = owner.length;
  const participantNode = 2;
  const requestNode = participantNode + nP;
  const pairNode = requestNode + nR;
  const slotNode = pairNode + nP * nS;
  const net = new FlowNetwork(slotNode + nS);
  for (let p = 0; p < nP; p++) net.addEdge(0, participantNode + p, problem.cap[p]);
  for (let s = 0; s < nS; s++) net.addEdge(slotNode + s, 1, problem.tables);
  const pairUsed = new Uint8Array(nP * nS);
  for (let r = 0; r < nR; r++) {
    if (!include(r)) continue;
    const p = owner[r];
    net.addEdge(participantNode + p, requestNode + r, 1);
    const locked = problem.lockSlot[r];
    const allowed = locked >= 0 ? [locked] : problem.common[r];
    for (const s of allowed) {
      const pair = p * nS + s;
      net.addEdge(requestNode + r, pairNode + pair, 1);
      if (!pairUsed[pair]) {
        pairUsed[pair] = 1;
        net.addEdge(pairNode + pair, slotNode + s, 1);
      }
    }
  }
  return net.maxFlow(0, 1);
}
