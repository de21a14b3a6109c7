import type { MeetingEvent } from '@/domain/event';
import type { IcsMeeting } from '@/domain/export-ics';
import { formatPoints, notStated } from '@/domain/format';
import { labelSummary } from '@/domain/labels';
import { eccpCell, meetingPartnerName, type MeetingRow } from '@/domain/meeting-rows';
import { sessionName } from '@/domain/meeting-sheet';
import { contactLine } from '@/domain/contacts';
import { tr } from '@/i18n/i18n';

/**
 * The calendar adapter: entries for the scheduled meetings only (an unscheduled one has no time to
 * book), worded in the active language: the entry lands in the reader's inbox as exported.
 */
export function buildIcsMeetings(rows: readonly MeetingRow[], event: MeetingEvent): IcsMeeting[] {
  return rows.flatMap((row) => {
    if (!row.meeting) return [];
    const partner = meetingPartnerName(row);
    const session = sessionName(event, row.meeting);
    const table = row.meeting.table === null ? '' : tr('exports:ics.table', { table: row.meeting.table });
    const lines = [
      tr('files:ics.session', { name: session }),
      ...(table ? [tr('files:ics.table', { table: row.meeting.table })] : []),
      tr('exports:ics.cluster', { name: partner }),
      tr('exports:ics.state', { value: row.stateName ?? notStated() }),
      tr('exports:ics.escaLabel', { value: row.known ? labelSummary(row.label) : notStated() }),
      tr('exports:ics.eccpMember', { value: eccpCell(row.eccpMember) }),
      row.score === null ? tr('exports:ics.scoreUnknown') : tr('exports:ics.score', { score: formatPoints(row.score) }),
      tr('exports:ics.website', { value: row.website ?? notStated() }),
      // In the description, not as ATTENDEE: an attendee makes Outlook and Google offer to e-mail an
      // invitation to the partner, which the manager never asked for (the file is METHOD:PUBLISH).
      ...row.contacts.map((person) => tr('contacts:ics.contact', { contact: contactLine(person) })),
      ...(row.notes ? [tr('exports:ics.note', { note: row.notes })] : []),
    ];
    const place = event.place.trim();
    return [
      {
        meeting: row.meeting,
        title: tr('exports:ics.summary', { order: row.order, partner }),
        description: lines.join('\n'),
        location: [place, tr('files:ics.sessionPlace', { name: session }), table].filter(Boolean).join(', '),
      },
    ];
  });
}
