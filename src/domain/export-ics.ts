import { eventSlug, type MeetingEvent, type ScheduledMeeting } from '@/domain/event';
import { isValidIsoDate, parseTime } from '@/domain/dates';
import { isValidTimeZone } from '@/domain/schedule';

export interface IcsMeeting {
  meeting: ScheduledMeeting;
  title: string;
  description: string;
  location: string;
}

export interface IcsOptions {
  /** UTC 'YYYYMMDDTHHMMSSZ'; passed in so the output is deterministic. */
  dtstamp: string;
  uidDomain: string;
}

export const ICS_PRODID = '-//EU-Mexico Cluster Matchmaking//Meeting list//EN';

const MEXICO_CITY = 'America/Mexico_City';
// Mexico abolished daylight saving time on 30 Oct 2022; from then on one fixed -06:00 rule
// describes Mexico City exactly. Earlier dates had DST, so they take the UTC path below.
const MEXICO_FIXED_FROM = '2022-10-30';
const MEXICO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${MEXICO_CITY}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:-0600',
  'TZOFFSETTO:-0600',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** RFC 5545 TEXT: escape \ ; , and newlines; drop other control characters, which TEXT forbids. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\t' ? c : ''));
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds at 75 octets without splitting a UTF-8 sequence; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** A Date as an iCalendar UTC stamp, e.g. for `dtstamp`. */
export function icsTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

// Building an Intl.DateTimeFormat costs ~0.1 ms; a calendar needs several per meeting.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const n = 'numeric';
    const parts = { year: n, month: n, day: n, hour: n, minute: n, second: n } as const;
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...parts });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset of `timeZone` from UTC at an instant, in minutes (east positive). */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / MINUTE);
}

/**
 * Wall-clock time in a zone → UTC. Ambiguous times (clocks going back) take the first
 * occurrence and times inside a gap use the offset before the gap, as RFC 5545 §3.3.5 says.
 */
export function zonedToUtc(localAsUtcMs: number, timeZone: string): number {
  const before = offsetMinutes(localAsUtcMs - DAY, timeZone);
  const after = offsetMinutes(localAsUtcMs + DAY, timeZone);
  const valid = [before, after]
    .map((offset) => ({ offset, utc: localAsUtcMs - offset * MINUTE }))
    .filter((c) => offsetMinutes(c.utc, timeZone) === c.offset)
    .map((c) => c.utc);
  return valid.length > 0 ? Math.min(...valid) : localAsUtcMs - before * MINUTE;
}

type TimeMode = 'mexico' | 'utc' | 'floating';

function timeMode(event: MeetingEvent): TimeMode {
  if (event.timeZone === MEXICO_CITY && event.date >= MEXICO_FIXED_FROM) return 'mexico';
  // An unknown zone cannot be converted; floating times at least keep the printed wall clock.
  return isValidTimeZone(event.timeZone) ? 'utc' : 'floating';
}

function dateTimeProperty(name: string, event: MeetingEvent, time: string, mode: TimeMode): string {
  const minutes = parseTime(time);
  if (minutes === null) throw new RangeError(`Meeting time "${time}" is not HH:MM`);
  const [y, m, d] = event.date.split('-').map(Number);
  const local = Date.UTC(y, m - 1, d, 0, minutes);
  const stamp = (ms: number) => icsTimestamp(new Date(ms)).slice(0, 15);
  if (mode === 'mexico') return `${name};TZID=${MEXICO_CITY}:${stamp(local)}`;
  if (mode === 'floating') return `${name}:${stamp(local)}`;
  return `${name}:${stamp(zonedToUtc(local, event.timeZone))}Z`;
}

/** An RFC 5545 calendar, one VEVENT per meeting. Throws only on an invalid event date: run validateEvent first. */
export function buildIcs(event: MeetingEvent, meetings: readonly IcsMeeting[], options: IcsOptions): string {
  if (!isValidIsoDate(event.date)) throw new RangeError(`Event date "${event.date}" is not a valid YYYY-MM-DD date`);
  const mode = timeMode(event);
  const slug = eventSlug(event);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(event.name)}`,
    ...(mode === 'mexico' ? MEXICO_VTIMEZONE : []),
  ];
  for (const { meeting, title, description, location } of meetings) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(`${slug}-${meeting.order}-${meeting.clusterId}@${options.uidDomain}`)}`,
      `DTSTAMP:${options.dtstamp}`,
      dateTimeProperty('DTSTART', event, meeting.start, mode),
      dateTimeProperty('DTEND', event, meeting.end, mode),
      `SUMMARY:${escapeIcsText(title)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      `LOCATION:${escapeIcsText(location)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
