import type { ScheduleState } from '@/domain/b2b/state';
import type { UnscheduledReason } from '@/domain/b2b/types';

/**
 * Why request r is not placed, read off the final schedule. The schedule is maximal (no unplaced
 * request fits anywhere as it stands), so one of these always holds; checked in this order.
 */
export function explainUnplaced(state: ScheduleState, r: number): UnscheduledReason {
  const { ra, rb, free, cap, tables, participants, common } = state.problem;
  const { nS, busy, count, load } = state;
  const sides = [ra[r], rb[r]];
  for (const p of sides) {
    if (!free.subarray(p * nS, (p + 1) * nS).includes(1))
      return { code: 'not-available', participant: participants[p] };
  }
  const slots = common[r];
  if (slots.length === 0) return { code: 'no-common-slot' };
  for (const p of sides) {
    if (count[p] >= cap[p]) return { code: 'cap-reached', participant: participants[p], maxMeetings: cap[p] };
  }
  let fullSlots = 0;
  for (const s of slots) {
    const booked = sides.some((p) => busy[p * nS + s] >= 0);
    if (!booked && load[s] >= tables) fullSlots++;
  }
  return fullSlots > 0
    ? { code: 'tables-full', fullSlots, commonSlots: slots.length }
    : { code: 'no-common-free-slot', commonSlots: slots.length };
}
