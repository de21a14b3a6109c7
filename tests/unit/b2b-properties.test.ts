// @vitest-environment node
// Random events (1–2 days, gaps, breaks, caps, locks, any pairs): every schedule must be valid,
// keep its locks, stay within its bound and give true reasons. Time-limited, so a loaded machine
// runs fewer cases instead of failing.
import fc from 'fast-check';
import { scheduleMeetings } from '@/domain/b2b/schedule-meetings';
import { describeReason } from '@/domain/b2b/wording';
import { checkSchedule } from './b2b-check';
import { bruteForce } from './b2b-instances';
import { build, raw, rawInstance } from './b2b-random-input';

describe('B2B scheduler properties', () => {
  it('never double-books, respects availability, sessions, breaks, caps and locks, stays within the bound, and gives true reasons', () => {
    fc.assert(
      fc.property(raw.map(build), fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const schedule = scheduleMeetings(input, { seed });
        checkSchedule(input, schedule);
        for (const u of schedule.unscheduled) expect(describeReason(u, u.reason).length).toBeGreaterThan(10);
      }),
      { numRuns: 400, interruptAfterTimeLimit: 8_000 },
    );
  });

  it('never reports a bound below what an exhaustive search places, nor schedules more than it', () => {
    fc.assert(
      fc.property(rawInstance({ days: 2, slots: 3, pairs: 6 }).map(build), (input) => {
        const best = bruteForce(input).total;
        const schedule = scheduleMeetings(input);
        expect(schedule.bound).toBeGreaterThanOrEqual(best);
        expect(schedule.scheduled.length).toBeLessThanOrEqual(best);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 6_000 },
    );
  });

  it('gives the same schedule for the same seed', () => {
    fc.assert(
      fc.property(raw.map(build), (input) => {
        expect(scheduleMeetings(input, { seed: 7 })).toEqual(scheduleMeetings(input, { seed: 7 }));
      }),
      { numRuns: 50, interruptAfterTimeLimit: 4_000 },
    );
  });
});
