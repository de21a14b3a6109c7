import type { MeetingEvent, ScheduledMeeting } from '@/domain/event';
import { isValidIsoDate, parseTime } from '@/domain/dates';
import { isValidTimeZone } from '@/domain/schedule';
import { escapeIcsText, foldIcsLine, icsTimestamp } from '@/domain/ics-text';
import { zonedToUtc } from '@/domain/zoned-time';

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
  /**
   * The list's id: each UID is this id and the partner's cluster id, so a re-imported file updates
   * the entries it made before, whatever the meeting's place in the list or the event's name.
   */
  calendarId: string;
  /** The list's revision: calendars keep the entry with the highest SEQUENCE. */
  sequence: number;
  /** Minutes before each meeting for a reminder; none when null or absent. */
  reminderMinutes?: number | null;
}

/** The domain part of every UID the app writes (RFC 5545 suggests one; it never has to resolve). */
export const ICS_UID_DOMAIN = 'eu-mx-matchmaking.local';

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

type TimeMode = 'mexico' | 'utc' | 'floating';

function timeMode(timeZone: string, dates: readonly string[]): TimeMode {
  if (timeZone === MEXICO_CITY && dates.every((d) => d >= MEXICO_FIXED_FROM)) return 'mexico';
  // An unknown zone cannot be converted; floating times at least keep the printed wall clock.
  return isValidTimeZone(timeZone) ? 'utc' : 'floating';
}

function dateTimeProperty(name: string, date: string, time: string, timeZone: string, mode: TimeMode): string {
  const minutes = parseTime(time);
  if (minutes === null) throw new RangeError(`Meeting time "${time}" is not HH:MM`);
  const [y, m, d] = date.split('-').map(Number);
  const local = Date.UTC(y, m - 1, d, 0, minutes);
  const stamp = (ms: number) => icsTimestamp(new Date(ms)).slice(0, 15);
  if (mode === 'mexico') return `${name};TZID=${MEXICO_CITY}:${stamp(local)}`;
  if (mode === 'floating') return `${name}:${stamp(local)}`;
  return `${name}:${stamp(zonedToUtc(local, timeZone))}Z`;
}

/** A display reminder `minutes` before the start (RFC 5545 VALARM). */
function alarm(minutes: number, title: string): string[] {
  const m = Math.floor(minutes);
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(title)}`, `TRIGGER:-PT${m}M`, 'END:VALARM'];
}

/** One calendar entry of any list the app exports: wall-clock times on an ISO date in the calendar's zone. */
export interface CalendarEntry {
  uid: string;
  date: string;
  start: string;
  end: string;
  title: string;
  description: string;
  location: string;
}

export interface CalendarOptions extends Pick<IcsOptions, 'dtstamp' | 'sequence' | 'reminderMinutes'> {
  name: string;
  timeZone: string;
}

/** An RFC 5545 calendar, one VEVENT per entry. Throws on an invalid date or time. */
export function buildCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const bad = entries.find((e) => !isValidIsoDate(e.date));
  if (bad) throw new RangeError(`Event date "${bad.date}" is not a valid YYYY-MM-DD date`);
  const { timeZone } = options;
  const mode = timeMode(
    timeZone,
    entries.map((e) => e.date),
  );
  const reminder = options.reminderMinutes ?? null;
  const sequence = Math.max(0, Math.floor(options.sequence));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.name)}`,
    ...(mode === 'mexico' ? MEXICO_VTIMEZONE : []),
  ];
  for (const { uid, date, start, end, title, description, location } of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(uid)}`,
      `SEQUENCE:${sequence}`,
      `DTSTAMP:${options.dtstamp}`,
      dateTimeProperty('DTSTART', date, start, timeZone, mode),
      dateTimeProperty('DTEND', date, end, timeZone, mode),
      `SUMMARY:${escapeIcsText(title)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      `LOCATION:${escapeIcsText(location)}`,
      ...(reminder !== null && reminder > 0 ? alarm(reminder, title) : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** The meeting list's calendar. Throws only on an invalid event date: run validateEvent first. */
export function buildIcs(event: MeetingEvent, meetings: readonly IcsMeeting[], options: IcsOptions): string {
  if (!isValidIsoDate(event.date)) throw new RangeError(`Event date "${event.date}" is not a valid YYYY-MM-DD date`);
  const entries = meetings.map(({ meeting, title, description, location }) => ({
    uid: `${options.calendarId}-${meeting.clusterId}@${options.uidDomain}`,
    date: event.date,
    start: meeting.start,
    end: meeting.end,
    title,
    description,
    location,
  }));
  return buildCalendar(entries, { ...options, name: event.name, timeZone: event.timeZone });
}
