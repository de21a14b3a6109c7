import fc from 'fast-check';
import { DEFAULT_EVENT, type MeetingEvent, type ShortlistEntry } from '@/domain/event';
import { formatTime, parseTime } from '@/domain/dates';
import { buildSchedule, validateEvent } from '@/domain/schedule';
import { activateLocale } from '@/i18n/i18n';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const entries = (n: number): ShortlistEntry[] =>
  Array.from({ length: n }, (_, i) => ({ clusterId: `c${i + 1}`, note: '' }));

const event = (patch: Partial<MeetingEvent>): MeetingEvent => ({
  ...DEFAULT_EVENT,
  sessions: [{ id: 'am', label: 'Morning', start: '09:00', end: '10:00' }],
  meetingMinutes: 20,
  gapMinutes: 0,
  breaks: [],
  ...patch,
});

const times = (e: MeetingEvent, n: number) => buildSchedule(e, entries(n)).meetings.map((m) => `${m.start}-${m.end}`);

describe('buildSchedule slots', () => {
  it.each<[string, Partial<MeetingEvent>, number, string[]]>([
    ['zero gap, session end exactly fits', {}, 3, ['09:00-09:20', '09:20-09:40', '09:40-10:00']],
    ['gap of 5', { gapMinutes: 5 }, 3, ['09:00-09:20', '09:25-09:45']],
    ['15-minute meetings', { meetingMinutes: 15 }, 4, ['09:00-09:15', '09:15-09:30', '09:30-09:45', '09:45-10:00']],
    [
      '30-minute meetings with a gap that would end exactly at session end',
      { meetingMinutes: 30, gapMinutes: 30 },
      2,
      ['09:00-09:30'],
    ],
    [
      'skips to the end of a break',
      { breaks: [{ id: 'b', label: 'Coffee', start: '09:30', end: '09:45' }] },
      3,
      ['09:00-09:20'],
    ],
    [
      'break at the very start',
      { breaks: [{ id: 'b', label: 'Welcome', start: '08:30', end: '09:10' }] },
      3,
      ['09:10-09:30', '09:30-09:50'],
    ],
    [
      'meeting may end exactly when a break starts',
      { breaks: [{ id: 'b', label: 'Coffee', start: '09:20', end: '09:30' }] },
      3,
      ['09:00-09:20', '09:30-09:50'],
    ],
    [
      'two back-to-back breaks',
      {
        breaks: [
          { id: 'b1', label: 'A', start: '09:10', end: '09:15' },
          { id: 'b2', label: 'B', start: '09:15', end: '09:25' },
        ],
        sessions: [{ id: 'am', label: 'Morning', start: '09:00', end: '11:00' }],
      },
      2,
      ['09:25-09:45', '09:45-10:05'],
    ],
    [
      'sessions taken in start order',
      {
        sessions: [
          { id: 'pm', label: 'Afternoon', start: '14:00', end: '14:20' },
          { id: 'am', label: 'Morning', start: '09:00', end: '09:20' },
        ],
      },
      3,
      ['09:00-09:20', '14:00-14:20'],
    ],
    [
      'overlapping sessions never double-book',
      {
        sessions: [
          { id: 'a', label: 'A', start: '09:00', end: '09:40' },
          { id: 'b', label: 'B', start: '09:20', end: '10:00' },
        ],
      },
      5,
      ['09:00-09:20', '09:20-09:40', '09:40-10:00'],
    ],
    ['meeting longer than session', { meetingMinutes: 61 }, 1, []],
    ['meetingMinutes 0', { meetingMinutes: 0 }, 1, []],
    ['negative meetingMinutes', { meetingMinutes: -20 }, 1, []],
    ['fractional meetingMinutes', { meetingMinutes: 12.5 }, 1, []],
    ['NaN gap', { gapMinutes: Number.NaN }, 1, []],
    ['session end before start', { sessions: [{ id: 'x', label: 'X', start: '10:00', end: '09:00' }] }, 1, []],
    ['session end equals start', { sessions: [{ id: 'x', label: 'X', start: '10:00', end: '10:00' }] }, 1, []],
    ['malformed time', { sessions: [{ id: 'x', label: 'X', start: '9am', end: '10:00' }] }, 1, []],
    ['no sessions', { sessions: [] }, 1, []],
  ])('%s', (_name, patch, n, expected) => {
    expect(times(event(patch), n)).toEqual(expected);
  });
});

describe('buildSchedule bookkeeping', () => {
  it('flags entries that do not fit in overflow, in shortlist order', () => {
    const result = buildSchedule(event({}), entries(5));
    expect(result.capacity).toBe(3);
    expect(result.meetings.map((m) => m.clusterId)).toEqual(['c1', 'c2', 'c3']);
    expect(result.overflow).toEqual(['c4', 'c5']);
  });

  it('numbers meetings by shortlist order and records the session', () => {
    const result = buildSchedule(DEFAULT_EVENT, entries(12));
    expect(result.meetings.map((m) => m.order)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(result.meetings[8]).toMatchObject({ order: 9, start: '12:20', end: '12:40', sessionId: 'morning' });
    expect(result.meetings[9]).toMatchObject({ order: 10, start: '14:30', end: '14:50', sessionId: 'afternoon' });
  });

  it('default event: 9 morning + 7 afternoon slots of 20 min with 5 min gaps', () => {
    const result = buildSchedule(DEFAULT_EVENT, entries(20));
    expect(result.capacity).toBe(16);
    expect(result.meetings.at(-1)).toMatchObject({ start: '17:00', end: '17:20', sessionId: 'afternoon' });
    expect(result.overflow).toEqual(['c17', 'c18', 'c19', 'c20']);
  });

  // Each meeting at its own table, numbered on from the first table.
  it.each([
    [true, 7, [7, 8]],
    [false, 7, [null, null]],
  ])('tables=%s firstTable=%s → tables %j', (tables, firstTable, expected) => {
    const result = buildSchedule(event({ tables, firstTable }), entries(2));
    expect(result.meetings.map((m) => m.table)).toEqual(expected);
  });

  it('empty shortlist still reports capacity', () => {
    expect(buildSchedule(event({}), [])).toEqual({ meetings: [], overflow: [], capacity: 3 });
  });

  it('invalid event: capacity 0, everything in overflow, no throw', () => {
    expect(buildSchedule(event({ meetingMinutes: 0 }), entries(2))).toEqual({
      meetings: [],
      overflow: ['c1', 'c2'],
      capacity: 0,
    });
  });

  it('property: meetings never overlap, stay in their session, avoid breaks', PROPERTY_TEST, () => {
    const hhmm = fc.integer({ min: 0, max: 1439 }).map(formatTime);
    const span = fc.record({
      id: fc.string({ maxLength: 3 }),
      label: fc.string({ maxLength: 3 }),
      start: hhmm,
      end: hhmm,
    });
    const arb = fc.record({
      sessions: fc.array(span, { maxLength: 4 }),
      breaks: fc.array(span, { maxLength: 3 }),
      meetingMinutes: fc.integer({ min: -5, max: 90 }),
      gapMinutes: fc.integer({ min: -5, max: 30 }),
    });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 60 }), (patch, n) => {
        const e = event(patch);
        const result = buildSchedule(e, entries(n));
        expect(result.meetings.length + result.overflow.length).toBe(n);
        expect(result.meetings.length).toBe(Math.min(n, result.capacity));
        let lastEnd: number | null = null;
        for (const m of result.meetings) {
          const [s, en] = [parseTime(m.start)!, parseTime(m.end)!];
          expect(en - s).toBe(e.meetingMinutes);
          if (lastEnd !== null) expect(s).toBeGreaterThanOrEqual(lastEnd + e.gapMinutes);
          lastEnd = en;
          const inSession = e.sessions.some(
            (x) => m.sessionId === x.id && parseTime(x.start)! <= s && en <= parseTime(x.end)!,
          );
          expect(inSession).toBe(true);
          for (const b of e.breaks) {
            const [bs, be] = [parseTime(b.start)!, parseTime(b.end)!];
            if (be > bs) expect(s < be && bs < en).toBe(false);
          }
        }
      }),
      propertyRuns(300),
    );
  });
});

describe('validateEvent', () => {
  it.each<[string, Partial<MeetingEvent>, string[]]>([
    ['default event is valid', {}, []],
    [
      'session ends before it starts',
      { sessions: [{ id: 'm', label: 'Morning', start: '13:00', end: '09:00' }] },
      ['Session "Morning" ends before it starts'],
    ],
    [
      'zero-length session',
      { sessions: [{ id: 'm', label: 'Morning', start: '09:00', end: '09:00' }] },
      ['Session "Morning" starts and ends at the same time'],
    ],
    [
      'unlabelled session uses its id',
      { sessions: [{ id: 'm1', label: ' ', start: '9:00', end: '10:00' }] },
      ['Session "m1" has an invalid start time "9:00" (use HH:MM)'],
    ],
    [
      'break ends before it starts',
      { breaks: [{ id: 'b', label: 'Lunch', start: '13:00', end: '12:00' }] },
      ['Break "Lunch" ends before it starts'],
    ],
    ['meeting length 0', { meetingMinutes: 0 }, ['Meetings must last a whole number of minutes, at least 1']],
    ['negative gap', { gapMinutes: -1 }, ['The gap between meetings must be a whole number of minutes, 0 or more']],
    ['no sessions', { sessions: [] }, ['Add at least one session']],
    ['bad date', { date: '2026-02-30' }, ['The date "2026-02-30" is not a valid date (use YYYY-MM-DD)']],
    ['bad time zone', { timeZone: 'Mars/Olympus' }, ['The time zone "Mars/Olympus" is not recognised']],
    ['bad first table', { tables: true, firstTable: 0 }, ['The first table number must be a whole number, 1 or more']],
    [
      'meetings too long',
      { meetingMinutes: 241 },
      ['No meeting fits in the sessions: shorten the meetings or lengthen a session'],
    ],
    [
      'overlapping sessions',
      {
        sessions: [
          { id: 'a', label: 'Morning', start: '09:00', end: '12:00' },
          { id: 'b', label: 'Late', start: '11:00', end: '13:00' },
        ],
      },
      ['Session "Morning" and session "Late" overlap'],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(validateEvent({ ...DEFAULT_EVENT, ...patch })).toEqual(expected);
  });
});

describe('validateEvent in Spanish', () => {
  afterEach(async () => {
    await activateLocale('en');
  });

  it('words the problems for a Spanish-speaking organiser, sessions and breaks each with their own words', async () => {
    await activateLocale('es');
    const problems = validateEvent({
      ...DEFAULT_EVENT,
      date: '2026-02-30',
      sessions: [
        { id: 'a', label: 'Mañana', start: '09:00', end: '12:00' },
        { id: 'b', label: 'Tarde', start: '11:00', end: '13:00' },
      ],
      breaks: [{ id: 'c', label: 'Café', start: '10:30', end: '10:00' }],
    });
    expect(problems).toEqual([
      'La fecha "2026-02-30" no es una fecha válida (formato AAAA-MM-DD)',
      'El receso "Café" termina antes de empezar',
      'Las sesiones "Mañana" y "Tarde" se traslapan',
    ]);
    expect(validateEvent({ ...DEFAULT_EVENT, sessions: [] })).toEqual(['Agregue al menos una sesión']);
  });
});
