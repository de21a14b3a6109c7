// @vitest-environment node
import { scheduleToJson, summaryLine } from '@/domain/b2b/output';
import { scheduleMeetings } from '@/domain/b2b/schedule-meetings';
import { buildB2bSlots } from '@/domain/b2b/slots';
import type { B2bInput } from '@/domain/b2b/types';
import { formatTime } from '@/domain/dates';
import { checkSchedule } from './b2b-check';
import { ask, away, DAY1, DAY2, makeEvent } from './b2b-instances';

const run = (input: B2bInput) => {
  const schedule = scheduleMeetings(input);
  checkSchedule(input, schedule);
  return schedule;
};
const oneSlot = makeEvent({ sessions: [{ name: 'S', date: DAY1, start: '09:00', end: '09:30' }] });

describe('buildB2bSlots', () => {
  it('lays out each day with its gap and breaks (dated, or every day)', () => {
    const event = makeEvent({
      gapMinutes: 10,
      sessions: [
        { name: 'Day 2', date: DAY2, start: '09:00', end: '10:30' },
        { name: 'Day 1', date: DAY1, start: '09:00', end: '10:30' },
      ],
      breaks: [
        { name: 'Coffee', date: null, start: '09:40', end: '09:50' },
        { name: 'Press', date: DAY2, start: '09:00', end: '09:30' },
      ],
    });
    const slots = buildB2bSlots(event).map((s) => `${s.date} ${formatTime(s.start)}-${formatTime(s.end)} ${s.session}`);
    expect(slots).toEqual([`${DAY1} 09:00-09:30 Day 1`, `${DAY1} 09:50-10:20 Day 1`, `${DAY2} 09:50-10:20 Day 2`]);
  });
});

describe('scheduleMeetings', () => {
  it('places every meeting that fits, without waits, the partner keeping its table', () => {
    const input = { event: makeEvent(), requests: [ask('A', 'X'), ask('B', 'X'), ask('A', 'Y')], unavailable: [] };
    const schedule = run(input);
    expect(schedule.scheduled).toHaveLength(3);
    expect([schedule.unscheduled, schedule.bound, schedule.idle]).toEqual([[], 3, 0]);
    const tables = schedule.scheduled.filter((m) => m.partner === 'X').map((m) => m.table);
    expect(new Set(tables).size).toBe(1);
  });

  it('places a must before a could, and lists unplaced musts first', () => {
    const requests = [ask('A', 'Y', 'could'), ask('A', 'X', 'must'), ask('B', 'Z', 'could'), ask('C', 'Z', 'must')];
    const unavailable = [away('Z', '09:00', '09:30')];
    const schedule = run({ event: oneSlot, requests, unavailable });
    expect(schedule.scheduled.map((m) => `${m.requester}-${m.partner}`)).toEqual(['A-X']);
    expect(schedule.unscheduled.map((m) => `${m.priority} ${m.requester}-${m.partner}`)).toEqual([
      'must C-Z',
      'could A-Y',
      'could B-Z',
    ]);
  });

  it('keeps a locked meeting where the organiser put it', () => {
    const event = makeEvent({ locked: [{ requester: 'A', partner: 'X', date: DAY1, start: '10:30', table: '2' }] });
    const schedule = run({ event, requests: [ask('A', 'X'), ask('B', 'X')], unavailable: [] });
    expect(schedule.scheduled.find((m) => m.requester === 'A')).toMatchObject({
      start: '10:30',
      table: '2',
      locked: true,
    });
    expect(schedule.scheduled.find((m) => m.requester === 'B')).toMatchObject({ start: '10:00', locked: false });
  });

  it('moves meetings together so nobody waits between them', () => {
    // X meets A, B and C; A can only come at 09:00 and C only at 10:30, so B belongs in between.
    const unavailable = [away('A', '09:30', '11:00'), away('C', '09:00', '10:30'), away('B', '09:00', '09:30')];
    const requests = [ask('A', 'X'), ask('B', 'X'), ask('C', 'X'), ask('B', 'Y')];
    const schedule = run({ event: makeEvent(), requests, unavailable });
    expect(schedule.scheduled).toHaveLength(4);
    expect(schedule.idle).toBe(1); // X: 09:00, then B at 09:30 or 10:00, then 10:30
  });
});

describe('reasons for meetings that cannot be placed', () => {
  const reasonOf = (input: B2bInput, requester: string) =>
    run(input).unscheduled.find((m) => m.requester === requester)?.reason;

  it.each<[string, B2bInput, string, object]>([
    [
      'partner never available',
      { event: makeEvent(), requests: [ask('A', 'X')], unavailable: [away('X', '09:00', '11:00')] },
      'A',
      { code: 'not-available', participant: 'X' },
    ],
    [
      'no common slot',
      {
        event: makeEvent(),
        requests: [ask('A', 'X')],
        unavailable: [away('A', '09:00', '10:00'), away('X', '10:00', '11:00')],
      },
      'A',
      { code: 'no-common-slot' },
    ],
    [
      'cap reached',
      {
        event: makeEvent({ maxMeetings: { X: 1 } }),
        requests: [ask('A', 'X', 'must'), ask('B', 'X')],
        unavailable: [],
      },
      'B',
      { code: 'cap-reached', participant: 'X', maxMeetings: 1 },
    ],
    [
      'both booked in the only common slot',
      { event: oneSlot, requests: [ask('A', 'X', 'must'), ask('A', 'Y')], unavailable: [] },
      'A',
      { code: 'no-common-free-slot', commonSlots: 1 },
    ],
    [
      'tables full',
      {
        event: makeEvent({ ...oneSlot, tableNames: ['1'] }),
        requests: [ask('A', 'X', 'must'), ask('B', 'Y')],
        unavailable: [],
      },
      'B',
      { code: 'tables-full', fullSlots: 1, commonSlots: 1 },
    ],
  ])('%s', (_, input, requester, reason) => {
    expect(reasonOf(input, requester)).toEqual(reason);
  });
});

describe('schedule output', () => {
  it('writes the reason in words next to its code and data, and a one-line summary', () => {
    const schedule = run({ event: oneSlot, requests: [ask('A', 'X', 'must'), ask('A', 'Y')], unavailable: [] });
    const json = scheduleToJson(schedule, 'America/Mexico_City');
    expect(json.bound).toBe(1);
    expect(json.unscheduled).toEqual([
      {
        requester: 'A',
        partner: 'Y',
        priority: 'should',
        reason: 'in the only slot when both are available, one of them already has another meeting',
        code: 'no-common-free-slot',
        commonSlots: 1,
      },
    ]);
    expect(summaryLine(schedule, 12.4)).toBe('scheduled 1 of 2 · bound 1 · unscheduled 1 · idle 0 · 12 ms');
  });
});
