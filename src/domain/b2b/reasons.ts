import type { ScheduleState } from '@/domain/b2b/state';
import type { UnscheduledReason } from '@/domain/b2b/types';

/**
 * Why request r is not placed, read off the final schedule, checked in this order. The
 * scheduler's schedule is maximal (no unplaced request fits anywhere as it stands); one edited by
 * hand may not be, and then the reason says where it fits.
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
  const fitting = slots.filter((s) => state.fits(r, s)).length;
  if (fitting > 0) return { code: 'fits', freeSlots: fitting };
  let fullSlots = 0;
  for (const s of slots) {
    const booked = sides.some((p) => busy[p * nS + s] >= 0);
    if (!booked && load[s] >= tables) fullSlots++;
  }
  return fullSlots > 0
    ? { code: 'tables-full', fullSlots, commonSlots: slots.length }
    : { code: 'no-common-free-slot', commonSlots: slots.length };
}
