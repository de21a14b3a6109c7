// Random B2B events for property tests (1–2 days, gaps, breaks, caps, locks, any pairs), shared by
// the scheduler's and the editor's properties.
import fc from 'fast-check';
import { compileProblem } from '@/domain/b2b/problem';
import { buildB2bSlots } from '@/domain/b2b/slots';
import type { B2bInput, LockedMeeting, MeetingRequest } from '@/domain/b2b/types';
import { formatTime } from '@/domain/dates';
import { DAY1, DAY2, makeEvent } from './b2b-instances';

const PEOPLE = 7;
const who = fc.nat(PEOPLE - 1);
export const rawInstance = (size: { days: number; slots: number; pairs: number }) =>
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
export const raw = rawInstance({ days: 2, slots: 5, pairs: 16 });

type Raw = typeof raw extends fc.Arbitrary<infer T> ? T : never;

export function build(x: Raw): B2bInput {
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
