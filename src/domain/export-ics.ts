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

/** A display reminder `minutes` before the start (RFC 5545 VALARM). */
function alarm(minutes: number, title: string): string[] {
  const m = Math.floor(minutes);
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(title)}`, `TRIGGER:-PT${m}M`, 'END:VALARM'];
}

/** An RFC 5545 calendar, one VEVENT per meeting. Throws only on an invalid event date: run validateEvent first. */
export function buildIcs(event: MeetingEvent, meetings: readonly IcsMeeting[], options: IcsOptions): string {
  if (!isValidIsoDate(event.date)) throw new RangeError(`Event date "${event.date}" is not a valid YYYY-MM-DD date`);
  const mode = timeMode(event);
  const reminder = options.reminderMinutes ?? null;
  const sequence = Math.max(0, Math.floor(options.sequence));
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
      `UID:${escapeIcsText(`${options.calendarId}-${meeting.clusterId}@${options.uidDomain}`)}`,
      `SEQUENCE:${sequence}`,
      `DTSTAMP:${options.dtstamp}`,
      dateTimeProperty('DTSTART', event, meeting.start, mode),
      dateTimeProperty('DTEND', event, meeting.end, mode),
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
