import type { UnscheduledReason } from '@/domain/b2b/types';
import { describeBound, describeReason } from '@/domain/b2b/wording-en';

const pair = { requester: 'Aero Spain', partner: 'Clúster Aeroespacial' };

describe('English wording of the scheduler', () => {
  it.each<[UnscheduledReason, string]>([
    [{ code: 'not-available', participant: 'Aero Spain' }, 'Aero Spain is not available at any time during the event'],
    [{ code: 'no-common-slot' }, 'Aero Spain and Clúster Aeroespacial are never available at the same time'],
    [
      { code: 'cap-reached', participant: 'Clúster Aeroespacial', maxMeetings: 1 },
      'Clúster Aeroespacial already has its maximum of 1 meeting',
    ],
    [
      { code: 'cap-reached', participant: 'Aero Spain', maxMeetings: 6 },
      'Aero Spain already has its maximum of 6 meetings',
    ],
    [
      { code: 'no-common-free-slot', commonSlots: 3 },
      'in each of the 3 slots when both are available, one of them already has another meeting',
    ],
    [{ code: 'tables-full', fullSlots: 1, commonSlots: 1 }, 'every table is taken in the only slot when both are free'],
    [
      { code: 'tables-full', fullSlots: 2, commonSlots: 3 },
      'every table is taken in each of the 2 slots when both are free; in the other 1 slot when both are available, one of them has another meeting',
    ],
  ])('%j', (reason, text) => {
    expect(describeReason(pair, reason)).toBe(text);
  });

  it('states the bound, and says when the schedule reaches it', () => {
    expect(describeBound(308, 308, 310)).toBe(
      'At most 308 of the 310 requested meetings can be placed with this availability; this schedule places 308, so no schedule can place more.',
    );
    expect(describeBound(300, 308, 310)).toBe(
      'At most 308 of the 310 requested meetings can be placed with this availability; this schedule places 300.',
    );
  });
});
