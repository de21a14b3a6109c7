// @vitest-environment node
// The bound must be sound (never below what some schedule achieves) and the scheduler should
// reach the optimum on small instances; both checked against exhaustive search.
import { meetingBound } from '@/domain/b2b/bound';
import { compileProblem } from '@/domain/b2b/problem';
import { scheduleMeetings } from '@/domain/b2b/schedule-meetings';
import { ask, away, bruteForce, makeEvent, priorityScore, randomInstance } from './b2b-instances';

const SIZES = [
  { people: 4, requests: 5, slots: 2 },
  { people: 5, requests: 7, slots: 3 },
  { people: 6, requests: 8, slots: 3 },
];

describe('meeting bound', () => {
  it('is never below the true maximum; the schedule is the best by priority (450 random instances)', () => {
    const misses: string[] = [];
    for (let seed = 1; seed <= 150; seed++) {
      for (const size of SIZES) {
        const input = randomInstance(seed, size);
        const best = bruteForce(input);
        const schedule = scheduleMeetings(input);
        expect(schedule.bound).toBeGreaterThanOrEqual(best.total);
        expect(schedule.scheduled.length).toBeLessThanOrEqual(best.total);
        const score = priorityScore(schedule.scheduled.map((m) => m.priority));
        if (score < best.score) misses.push(`seed ${seed} ${JSON.stringify(size)}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('is tighter than slots × tables and per-participant matching when they interact', () => {
    // One table; X, Y and Z can only meet in the first slot, so only one of the three meetings fits,
    // although each side alone could meet (sum 3) and there are 2 slots × 1 table.
    const input = {
      event: makeEvent({
        tableNames: ['1'],
        sessions: [{ name: 'S', date: '2026-10-20', start: '09:00', end: '10:00' }],
      }),
      requests: [ask('A', 'X'), ask('B', 'Y'), ask('C', 'Z')],
      unavailable: ['X', 'Y', 'Z'].map((p) => away(p, '09:30', '10:00')),
    };
    expect(meetingBound(compileProblem(input))).toBe(1);
    expect(bruteForce(input).total).toBe(1);
  });

  it('counts a participant’s max meetings and distinct slots', () => {
    const requests = [ask('A', 'X'), ask('A', 'Y'), ask('A', 'Z'), ask('A', 'W'), ask('A', 'V')];
    const event = makeEvent({ tableNames: ['1', '2', '3'] });
    expect(meetingBound(compileProblem({ event, requests, unavailable: [] }))).toBe(4); // 4 slots
    const capped = makeEvent({ maxMeetings: { A: 2 } });
    expect(meetingBound(compileProblem({ event: capped, requests, unavailable: [] }))).toBe(2);
  });
});
