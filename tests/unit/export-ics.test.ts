import fc from 'fast-check';
import { DEFAULT_EVENT, eventSlug, type MeetingEvent, type ScheduledMeeting } from '@/domain/event';
import { buildIcs, type IcsMeeting } from '@/domain/export-ics';
import { escapeIcsText, foldIcsLine, icsTimestamp } from '@/domain/ics-text';
import { zonedToUtc } from '@/domain/zoned-time';
import { events, prop, readProps, unescape, unfold } from '../fixtures/ics-reader';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const octets = (s: string) => new TextEncoder().encode(s).length;

const meeting = (order: number, start: string, end: string, clusterId = `c${order}`): ScheduledMeeting => ({
  order,
  clusterId,
  start,
  end,
  sessionId: 'morning',
  table: null,
});
const item = (
  m: ScheduledMeeting,
  title = `Meeting ${m.order}`,
  description = '',
  location = 'Mexico City',
): IcsMeeting => ({
  meeting: m,
  title,
  description,
  location,
});
const options = { dtstamp: '20260101T120000Z', uidDomain: 'eu-mexico.example', calendarId: 'list-1', sequence: 0 };
const event = (patch: Partial<MeetingEvent> = {}): MeetingEvent => ({ ...DEFAULT_EVENT, date: '2026-10-20', ...patch });

describe('buildIcs structure', () => {
  const tricky = 'Clúster de Querétaro; "R&D", supply chain\\training\nline 2 — 🚀 '.repeat(3);
  const ics = buildIcs(
    event(),
    [item(meeting(1, '09:00', '09:20'), tricky, tricky, tricky), item(meeting(2, '09:25', '09:45'))],
    options,
  );

  it('uses CRLF everywhere and ends with CRLF', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('keeps every physical line within 75 octets', () => {
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has the calendar header properties', () => {
    const head = readProps(ics)
      .slice(0, 7)
      .map((p) => `${p.name}:${p.value}`);
    expect(head).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//EU-Mexico Cluster Matchmaking//Meeting list//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:EU–Mexico cluster matchmaking',
      'BEGIN:VTIMEZONE',
    ]);
    expect(unfold(ics)).toContain('TZOFFSETTO:-0600');
  });

  it('emits one VEVENT per meeting with stable UIDs and Mexico City times', () => {
    const [first, second] = events(ics);
    expect(events(ics)).toHaveLength(2);
    expect(prop(first, 'UID')?.value).toBe('list-1-c1@eu-mexico.example');
    expect(prop(second, 'UID')?.value).toBe('list-1-c2@eu-mexico.example');
    expect(prop(first, 'DTSTAMP')?.value).toBe('20260101T120000Z');
    expect(prop(first, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: 'TZID=America/Mexico_City',
      value: '20261020T090000',
    });
    expect(prop(second, 'DTEND')).toEqual({
      name: 'DTEND',
      params: 'TZID=America/Mexico_City',
      value: '20261020T094500',
    });
  });

  it('round-trips escaped text', () => {
    const [first] = events(ics);
    for (const name of ['SUMMARY', 'DESCRIPTION', 'LOCATION']) expect(unescape(prop(first, name)!.value)).toBe(tricky);
  });

  it('is deterministic', () => {
    expect(buildIcs(event(), [item(meeting(1, '09:00', '09:20'))], options)).toBe(
      buildIcs(event(), [item(meeting(1, '09:00', '09:20'))], options),
    );
  });

  it('no meetings → a valid empty calendar', () => {
    expect(events(buildIcs(event(), [], options))).toEqual([]);
  });
});

describe('time zones', () => {
  const times = (patch: Partial<MeetingEvent>) => {
    const ics = buildIcs(event(patch), [item(meeting(1, '09:00', '09:20'))], options);
    const [e] = events(ics);
    return { ics, start: `${prop(e, 'DTSTART')!.params}|${prop(e, 'DTSTART')!.value}`, end: prop(e, 'DTEND')!.value };
  };

  it.each<[string, Partial<MeetingEvent>, string, string, boolean]>([
    ['Mexico City after DST abolition', {}, 'TZID=America/Mexico_City|20261020T090000', '20261020T092000', true],
    [
      'Mexico City in 2016 (had DST: CDT -5 in October)',
      { date: '2016-10-20' },
      '|20161020T140000Z',
      '20161020T142000Z',
      false,
    ],
    ['Mexico City winter 2016 (CST -6)', { date: '2016-12-01' }, '|20161201T150000Z', '20161201T152000Z', false],
    [
      'Madrid summer (+2)',
      { timeZone: 'Europe/Madrid', date: '2026-06-15' },
      '|20260615T070000Z',
      '20260615T072000Z',
      false,
    ],
    [
      'Madrid winter (+1)',
      { timeZone: 'Europe/Madrid', date: '2026-12-15' },
      '|20261215T080000Z',
      '20261215T082000Z',
      false,
    ],
    [
      'Tijuana summer (-7)',
      { timeZone: 'America/Tijuana', date: '2026-07-01' },
      '|20260701T160000Z',
      '20260701T162000Z',
      false,
    ],
    ['Kolkata (+5:30)', { timeZone: 'Asia/Kolkata' }, '|20261020T033000Z', '20261020T035000Z', false],
    [
      'unknown zone → floating wall-clock time',
      { timeZone: 'Mars/Olympus' },
      '|20261020T090000',
      '20261020T092000',
      false,
    ],
  ])('%s', (_name, patch, start, end, hasVtimezone) => {
    const result = times(patch);
    expect(result.start).toBe(start);
    expect(result.end).toBe(end);
    expect(result.ics.includes('BEGIN:VTIMEZONE')).toBe(hasVtimezone);
  });

  it.each([
    [
      'Madrid gap 02:30 uses the offset before the gap',
      'Europe/Madrid',
      Date.UTC(2026, 2, 29, 2, 30),
      Date.UTC(2026, 2, 29, 1, 30),
    ],
    [
      'Madrid repeated 02:30 takes the first occurrence',
      'Europe/Madrid',
      Date.UTC(2026, 9, 25, 2, 30),
      Date.UTC(2026, 9, 25, 0, 30),
    ],
    ['New York plain', 'America/New_York', Date.UTC(2026, 0, 5, 9, 0), Date.UTC(2026, 0, 5, 14, 0)],
  ])('%s', (_name, zone, local, utc) => {
    expect(zonedToUtc(local, zone)).toBe(utc);
  });

  it('throws a clear error on an invalid date', () => {
    expect(() => buildIcs(event({ date: '2026-13-01' }), [], options)).toThrow(/not a valid YYYY-MM-DD/);
  });
});

describe('text helpers', () => {
  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['one\r\ntwo\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['tab\tkept, bell\u0007 dropped', 'tab\tkept\\, bell dropped'],
    ['Querétaro', 'Querétaro'],
  ])('escapeIcsText(%j)', (input, expected) => {
    expect(escapeIcsText(input)).toBe(expected);
  });

  it('property: folding keeps ≤ 75 octets, never splits a character, and unfolds to the input', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeIcsText(text)}`;
        const folded = foldIcsLine(line);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect(unescape(line.slice(12))).toBe(
          text.replace(/\r\n|\r/g, '\n').replace(/[\p{Cc}]/gu, (c) => (c === '\t' || c === '\n' ? c : '')),
        );
      }),
      propertyRuns(200),
    );
  });

  it.each([
    [
      { ...DEFAULT_EVENT, name: 'Semana de Clústeres: Nuevo León!', date: '2026-05-04' },
      'semana-de-clusteres-nuevo-leon-20260504',
    ],
    [{ ...DEFAULT_EVENT, name: '***', date: '2026-05-04' }, 'event-20260504'],
  ])('eventSlug → %s', (e, expected) => {
    expect(eventSlug(e)).toBe(expected);
  });

  it('icsTimestamp formats UTC', () => {
    expect(icsTimestamp(new Date(Date.UTC(2026, 4, 4, 7, 8, 9, 123)))).toBe('20260504T070809Z');
  });
});
