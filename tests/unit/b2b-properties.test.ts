// @vitest-environment node
// Random events (1–2 days, gaps, breaks, caps, locks, any pairs): every schedule must be valid,
// keep its locks, stay within its bound and give true reasons. Time-limited, so a loaded machine
// runs fewer cases instead of failing.
import fc from 'fast-check';
import { compileProblem } from '@/domain/b2b/problem';
import { scheduleMeetings } from '@/domain/b2b/schedule-meetings';
import { buildB2bSlots } from '@/domain/b2b/slots';
import type { B2bInput, LockedMeeting, MeetingRequest } from '@/domain/b2b/types';
import { describeReason } from '@/domain/b2b/wording-en';
import { formatTime } from '@/domain/dates';
import { checkSchedule } from './b2b-check';
import { bruteForce, DAY1, DAY2, makeEvent } from './b2b-instances';

const PEOPLE = 7;
const who = fc.nat(PEOPLE - 1);
const rawInstance = (size: { days: number; slots: number; pairs: number }) =>
  fc.record({
    days: fc.integer({ min: 1, max: size.days }),
    slots: fc.integer({ min: 1, max: size.slots }),
    gap: fc.constantFrom(0, 10),
    withBreak: fc.boolean(),
    tables: fc.integer({ min: 1, max: 3 }),
    pairs: fc.array(fc.tuple(who, who, fc.constantFrom('must', 'should', 'could')), { maxLength: size.pairs }),
    away: fc.array(fc.tuple(who, fc.nat(1), fc.nat(200), fc.integer({ min: 5, max: 120 })), { maxLength: 10 }),
    caps: fc.array(fc.tuple(who, fc.nat(3)), { maxLength: 3 }),
    defaultCap: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    locks: fc.array(fc.tuple(fc.nat(30), fc.nat(30), fc.boolean()), { maxLength: 3 }),
  });
const raw = rawInstance({ days: 2, slots: 5, pairs: 16 });

type Raw = typeof raw extends fc.Arbitrary<infer T> ? T : never;

function build(x: Raw): B2bInput {
  const name = (i: number) => (i < 3 ? `EU ${i}` : `Clúster ${i}`);
  const dates = [DAY1, DAY2].slice(0, x.days);
  const end = formatTime(9 * 60 + x.slots * (30 + x.gap) + (x.withBreak ? 15 : 0));
  const seen = new Set<string>();
  const requests: MeetingRequest[] = [];
  for (const [a, b, priority] of x.pairs) {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    requests.push({ requester: name(a), partner: name(b), priority });
  }
  const event = makeEvent({
    gapMinutes: x.gap,
    tableNames: Array.from({ length: x.tables }, (_, i) => `T${i + 1}`),
    sessions: dates.map((date) => ({ name: 'Session', date, start: '09:00', end })),
    breaks: x.withBreak ? [{ name: 'Coffee', date: null, start: '09:30', end: '09:45' }] : [],
    defaultMaxMeetings: x.defaultCap,
    maxMeetings: Object.fromEntries(x.caps.map(([p, n]) => [name(p), n])),
  });
  const unavailable = x.away.map(([p, day, offset, length]) => ({
    participant: name(p),
    date: dates[day % dates.length],
    start: formatTime(9 * 60 + offset),
    end: formatTime(9 * 60 + offset + length),
  }));
  const slots = buildB2bSlots(event);
  const locked: LockedMeeting[] =
    requests.length === 0
      ? []
      : x.locks.map(([r, s, withTable]) => {
          const { requester, partner } = requests[r % requests.length];
          const slot = slots[s % slots.length];
          const table = withTable ? event.tableNames[(r + s) % x.tables] : null;
          return { requester, partner, date: slot.date, start: formatTime(slot.start), table };
        });
  const input = { event: { ...event, locked }, requests, unavailable };
  // Keep only the locks the event can honour (the file checks reject the others).
  const refused = new Set(compileProblem(input).lockIssues.map((i) => i.lock));
  return { ...input, event: { ...input.event, locked: locked.filter((_, i) => !refused.has(i)) } };
}

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
