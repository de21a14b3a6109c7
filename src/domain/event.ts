// Meeting-event types shared by the scheduler, the exporters and the saved shortlist.
// Times are wall-clock 'HH:MM' in the event's own time zone; the date is an ISO date.
import { workingDayFrom } from '@/domain/dates';
import { tr } from '@/i18n/i18n';

export interface EventSession {
  id: string;
  label: string;
  start: string;
  end: string;
}

export interface EventBreak {
  id: string;
  label: string;
  start: string;
  end: string;
}

export interface MeetingEvent {
  name: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  place: string;
  /** IANA zone; meetings are read as wall-clock times there. */
  timeZone: string;
  sessions: EventSession[];
  meetingMinutes: number;
  gapMinutes: number;
  breaks: EventBreak[];
  /** Whether to print a table number next to each meeting. */
  tables: boolean;
  firstTable: number;
}

/** What came of a meeting, as the user marked it after (or during) the event. */
export const OUTCOME_STATUSES = ['met', 'not-met', 'follow-up'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export interface EntryOutcome {
  status: OutcomeStatus;
  /** What was agreed or why not, as typed. */
  note: string;
  /** ISO date-time the outcome was last changed. */
  at: string;
}

export interface ShortlistEntry {
  clusterId: string;
  note: string;
  /** Absent until the user marks the meeting. */
  outcome?: EntryOutcome;
}

export interface ScheduledMeeting {
  /** 1-based position in the shortlist. */
  order: number;
  clusterId: string;
  start: string;
  end: string;
  sessionId: string;
  table: number | null;
}

export interface Schedule {
  meetings: ScheduledMeeting[];
  /** Cluster ids that did not fit, in shortlist order: flagged, never silently cut. */
  overflow: string[];
  /** How many meetings fit in total. */
  capacity: number;
}

export const DEFAULT_EVENT_TIME_ZONE = 'America/Mexico_City';

/** The English starting event; its date is the day the app loaded (a new list takes the day it is made). */
export const DEFAULT_EVENT: MeetingEvent = {
  name: 'EU–Mexico cluster matchmaking',
  date: workingDayFrom(new Date()),
  place: 'Mexico City',
  timeZone: DEFAULT_EVENT_TIME_ZONE,
  sessions: [
    { id: 'morning', label: 'Morning', start: '09:00', end: '13:00' },
    { id: 'afternoon', label: 'Afternoon', start: '14:30', end: '17:30' },
  ],
  meetingMinutes: 20,
  gapMinutes: 5,
  breaks: [],
  tables: false,
  firstTable: 1,
};

/** 'Morning 09:00–13:00; Afternoon 14:30–17:30'. */
export function sessionsText(event: MeetingEvent): string {
  return event.sessions.map((s) => `${s.label} ${s.start}–${s.end}`).join('; ');
}

/**
 * The starting event of a new list, worded in the active language (DEFAULT_EVENT is the English one),
 * on the working day `now` is (or the next one): never a day already past.
 */
export function defaultEvent(now = new Date()): MeetingEvent {
  const [morning, afternoon] = DEFAULT_EVENT.sessions;
  return {
    ...DEFAULT_EVENT,
    date: workingDayFrom(now),
    name: tr('meetings:defaultEvent.name'),
    place: tr('meetings:defaultEvent.place'),
    sessions: [
      { ...morning, label: tr('meetings:defaultEvent.morning') },
      { ...afternoon, label: tr('meetings:defaultEvent.afternoon') },
    ],
  };
}

/**
 * 'aerospace-week-20261020': the stem of every file exported for an event and of its calendar UIDs.
 * The fallback for a name without letters stays 'event' by default, so UIDs never change with the language.
 */
export function eventSlug(event: MeetingEvent, fallback = 'event'): string {
  return `${slugText(event.name) || fallback}-${event.date.replace(/[^0-9]/g, '')}`;
}

/** 'Clúster Marítimo, Galicia' → 'cluster-maritimo-galicia': plain ASCII, safe in any file name; '' without letters. */
export function slugText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

export type ExportKind = 'csv' | 'xlsx' | 'ics' | 'shortlist-json' | 'vcard' | 'crm-csv' | 'follow-ups-csv';

// Plain ASCII words in the active language ('-reuniones.csv', '-preseleccion.json'): safe in any file system.
const EXPORT_SUFFIX: Record<ExportKind, () => string> = {
  csv: () => `-${tr('exports:file.meetings')}.csv`,
  xlsx: () => `-${tr('exports:file.meetings')}.xlsx`,
  ics: () => '.ics',
  'shortlist-json': () => `-${tr('exports:file.shortlist')}.json`,
  vcard: () => `-${tr('contacts:file.partners')}.vcf`,
  'crm-csv': () => `-${tr('contacts:file.crm')}.csv`,
  'follow-ups-csv': () => `-${tr('contacts:file.followUps')}.csv`,
};

/** The download name of one export of the event, in the active language. */
export function exportFileName(event: MeetingEvent, kind: ExportKind): string {
  return `${eventSlug(event, tr('exports:file.event'))}${EXPORT_SUFFIX[kind]()}`;
}

/** The download name of the CSV backup of every saved shortlist, by the day it was made (YYYY-MM-DD). */
export function shortlistsBackupFileName(isoDate: string): string {
  return `${tr('exports:file.savedShortlists')}-${isoDate.replace(/[^0-9]/g, '')}.csv`;
}
