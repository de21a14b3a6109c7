// One calendar per participant. A meeting's UID is the event's id and the two names, never its
// time or table: after a re-schedule, importing the new file moves the entry instead of adding a
// second one, and the requester's and the partner's calendars hold the same meeting.
import { buildParticipantAgenda } from '@/domain/b2b/agenda';
import type { PartnerFacts } from '@/domain/b2b/agenda-participants';
import { priorityName } from '@/domain/b2b/export-sheet';
import type { B2bResult } from '@/domain/b2b/participants';
import { slugText } from '@/domain/event';
import { buildCalendar, ICS_UID_DOMAIN, type CalendarEntry } from '@/domain/export-ics';
import { notStated } from '@/domain/format';
import { tr } from '@/i18n/i18n';

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable token for a name of any script or length. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Readable where the name allows it, unique through the hash of the exact name. */
const nameToken = (name: string) => `${slugText(name).slice(0, 24) || 'p'}-${fnv1a(name)}`;

export function b2bMeetingUid(eventId: string, requester: string, partner: string): string {
  return `b2b-${eventId}-${nameToken(requester)}-${nameToken(partner)}@${ICS_UID_DOMAIN}`;
}

/** The event's id when the caller has none: its first day, which a re-schedule never changes. */
export function defaultB2bEventId(result: B2bResult): string {
  const first = [...result.input.event.sessions.map((s) => s.date)].sort()[0] ?? '';
  return first.replace(/[^0-9]/g, '') || 'event';
}

// Minutes since 2026-01-01 UTC: grows with every export, so a calendar keeps the newest file's
// entries (the highest SEQUENCE wins) and fits a 32-bit integer for thousands of years.
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);
export function exportSequence(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
}

export interface B2bCalendarOptions {
  eventId: string;
  dtstamp: string;
  sequence: number;
  reminderMinutes?: number | null;
  extra?: PartnerFacts;
}

/** The participant's placed meetings as an RFC 5545 calendar, worded in the active language. */
export function participantCalendar(result: B2bResult, name: string, options: B2bCalendarOptions): string {
  const agenda = buildParticipantAgenda(result, name, options.extra);
  const entries: CalendarEntry[] = agenda.blocks.flatMap((block) =>
    block.kind !== 'session'
      ? []
      : block.rows.flatMap((row) => {
          if (row.kind !== 'meeting') return [];
          const { meeting, with: other } = row;
          const table = tr('b2bOutputs:ics.table', { table: meeting.table });
          const session = block.session.name;
          return [
            {
              uid: b2bMeetingUid(options.eventId, meeting.requester, meeting.partner),
              date: meeting.date,
              start: meeting.start,
              end: meeting.end,
              title: tr('b2bOutputs:ics.summary', { name: other.name }),
              description: [
                tr('b2bOutputs:ics.session', { name: session }),
                table,
                tr('b2bOutputs:ics.with', { name: other.name }),
                tr('b2bOutputs:ics.people', { value: other.people.join(', ') || notStated() }),
                tr('b2bOutputs:ics.website', { value: other.website ?? notStated() }),
                tr('b2bOutputs:ics.contact', { value: other.contact ?? notStated() }),
                tr('b2bOutputs:ics.priority', { value: priorityName(meeting.priority) }),
              ].join('\n'),
              location: [table, session].filter(Boolean).join(', '),
            },
          ];
        }),
  );
  return buildCalendar(entries, {
    name: tr('b2bOutputs:ics.calendarName', { name }),
    timeZone: result.input.event.timeZone,
    dtstamp: options.dtstamp,
    sequence: options.sequence,
    reminderMinutes: options.reminderMinutes,
  });
}

/** 'agenda-cluster-maritimo-galicia-1a2b3c4d.ics': unique per participant, plain ASCII. */
export function participantFileStem(name: string): string {
  return `${tr('b2bOutputs:file.agenda')}-${nameToken(name)}`;
}
