// An independent check of a B2B schedule against its input: everything the scheduler promises,
// recomputed here from the input's own strings and times (only the slot layout is shared).
import { expect } from 'vitest';
import { buildB2bSlots } from '@/domain/b2b/slots';
import { PRIORITIES, type B2bInput, type B2bSchedule, type PlacedMeeting } from '@/domain/b2b/types';
import { formatTime, parseTime } from '@/domain/dates';

const minutes = (t: string) => parseTime(t) as number;

export function checkSchedule(input: B2bInput, schedule: B2bSchedule): void {
  const { event } = input;
  const slots = buildB2bSlots(event);
  const slotKey = (date: string, start: string) => `${date} ${start}`;
  const slotIds = slots.map((s) => slotKey(s.date, formatTime(s.start)));
  const available = (p: string, s: number) =>
    !input.unavailable.some(
      (u) =>
        u.participant === p &&
        u.date === slots[s].date &&
        minutes(u.start) < slots[s].end &&
        slots[s].start < minutes(u.end),
    );
  const cap = (p: string) => event.maxMeetings[p] ?? event.defaultMaxMeetings ?? Infinity;
  const slotOf = (m: PlacedMeeting) => slotIds.indexOf(slotKey(m.date, m.start));
  const seats = new Set<string>();
  const count = new Map<string, number>();
  for (const m of schedule.scheduled) {
    const s = slotOf(m);
    expect(s, `${m.date} ${m.start} is a slot`).toBeGreaterThanOrEqual(0);
    expect(minutes(m.end)).toBe(slots[s].end);
    expect(event.tableNames).toContain(m.table);
    for (const key of [m.requester, m.partner, `table ${m.table}`].map((who) => `${who} @ ${s}`)) {
      expect(seats.has(key), `double-booked: ${key}`).toBe(false);
      seats.add(key);
    }
    for (const p of [m.requester, m.partner]) {
      expect(available(p, s), `${p} is available at ${m.start}`).toBe(true);
      count.set(p, (count.get(p) ?? 0) + 1);
    }
  }
  for (const [p, n] of count) expect(n).toBeLessThanOrEqual(cap(p));
  const pair = (m: { requester: string; partner: string }) => `${m.requester} → ${m.partner}`;
  const all = [...schedule.scheduled, ...schedule.unscheduled].map(pair).sort();
  expect(all).toEqual(input.requests.map(pair).sort());
  for (const lock of event.locked) {
    const m = schedule.scheduled.find(
      (x) => pair(x) === pair(lock) || pair(x) === `${lock.partner} → ${lock.requester}`,
    );
    expect(m, `locked ${pair(lock)} kept`).toMatchObject({ date: lock.date, start: lock.start, locked: true });
    if (lock.table !== null) expect(m?.table).toBe(lock.table);
  }
  expect(schedule.scheduled.length).toBeLessThanOrEqual(schedule.bound);
  expect(schedule.scheduled.filter((m) => m.priority === 'must').length).toBeLessThanOrEqual(schedule.mustBound);
  const ranks = schedule.unscheduled.map((u) => PRIORITIES.indexOf(u.priority));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  const busy = (p: string, s: number) =>
    schedule.scheduled.some((m) => slotOf(m) === s && (m.requester === p || m.partner === p));
  const load = (s: number) => schedule.scheduled.filter((m) => slotOf(m) === s).length;
  for (const u of schedule.unscheduled) {
    const sides = [u.requester, u.partner];
    const both = slots.map((_, s) => s).filter((s) => available(u.requester, s) && available(u.partner, s));
    const free = both.filter((s) => !busy(u.requester, s) && !busy(u.partner, s));
    const reason = u.reason;
    const where = `${pair(u)}: ${JSON.stringify(reason)}`;
    switch (reason.code) {
      case 'not-available':
        expect(sides, where).toContain(reason.participant);
        expect(
          slots.some((_, s) => available(reason.participant, s)),
          where,
        ).toBe(false);
        break;
      case 'no-common-slot':
        expect(both, where).toEqual([]);
        break;
      case 'cap-reached':
        expect(sides, where).toContain(reason.participant);
        expect(reason.maxMeetings, where).toBe(cap(reason.participant));
        expect(count.get(reason.participant) ?? 0, where).toBeGreaterThanOrEqual(reason.maxMeetings);
        break;
      case 'no-common-free-slot':
        expect([both.length, free.length], where).toEqual([reason.commonSlots, 0]);
        expect(both.length, where).toBeGreaterThan(0);
        break;
      case 'fits':
        expect(both.filter((s) => free.includes(s) && load(s) < event.tableNames.length).length, where).toBe(
          reason.freeSlots,
        );
        break;
      case 'tables-full':
        expect(both.length, where).toBe(reason.commonSlots);
        expect(free.length, where).toBe(reason.fullSlots);
        expect(reason.fullSlots, where).toBeGreaterThan(0);
        for (const s of free) expect(load(s), where).toBe(event.tableNames.length);
        break;
    }
  }
}
