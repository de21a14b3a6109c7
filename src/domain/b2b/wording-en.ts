import type { MeetingRequest, UnscheduledReason } from '@/domain/b2b/types';

// Every English sentence the scheduler's results need, in one place: a Spanish module with the
// same two functions is all the bilingual UI has to add. Reasons are phrases (lower case) that
// follow the pair: "EU cluster 3 – Clúster MX 7: every table is taken …".

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const slots = (n: number) => count(n, 'slot');
const inSlots = (n: number) => (n === 1 ? 'in the only slot' : `in each of the ${n} slots`);

export function describeReason(
  meeting: Pick<MeetingRequest, 'requester' | 'partner'>,
  reason: UnscheduledReason,
): string {
  switch (reason.code) {
    case 'not-available':
      return `${reason.participant} is not available at any time during the event`;
    case 'no-common-slot':
      return `${meeting.requester} and ${meeting.partner} are never available at the same time`;
    case 'cap-reached':
      return `${reason.participant} already has its maximum of ${count(reason.maxMeetings, 'meeting')}`;
    case 'no-common-free-slot':
      return `${inSlots(reason.commonSlots)} when both are available, one of them already has another meeting`;
    case 'tables-full': {
      const rest = reason.commonSlots - reason.fullSlots;
      const full = `every table is taken ${inSlots(reason.fullSlots)} when both are free`;
      return rest > 0
        ? `${full}; in the other ${slots(rest)} when both are available, one of them has another meeting`
        : full;
    }
  }
}

/** The proven bound, and whether this schedule reaches it. */
export function describeBound(scheduled: number, bound: number, requested: number): string {
  const claim = `At most ${bound} of the ${requested} requested meetings can be placed with this availability`;
  if (scheduled >= bound) return `${claim}; this schedule places ${scheduled}, so no schedule can place more.`;
  return `${claim}; this schedule places ${scheduled}.`;
}
