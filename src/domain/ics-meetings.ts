import type { MeetingEvent } from '@/domain/event';
import { eccpCell } from '@/domain/export-csv';
import type { IcsMeeting } from '@/domain/export-ics';
import { notStated } from '@/domain/format';
import { labelSummary } from '@/domain/labels';
import { meetingPartnerName, type MeetingRow } from '@/domain/meeting-rows';

/** The calendar adapter: entries for the scheduled meetings only (an unscheduled one has no time to book). */
export function buildIcsMeetings(rows: readonly MeetingRow[], event: MeetingEvent): IcsMeeting[] {
  return rows.flatMap((row) => {
    if (!row.meeting) return [];
    const partner = meetingPartnerName(row);
    const lines = [
      `Cluster: ${partner}`,
      `State: ${row.stateName ?? notStated()}`,
      `ESCA label: ${row.known ? labelSummary(row.label) : notStated()}`,
      `ECCP member: ${eccpCell(row.eccpMember)}`,
      `Score: ${row.score === null ? 'not in the current dataset' : `${row.score} of 100`}`,
      `Website: ${row.website ?? notStated()}`,
      ...(row.notes ? [`Note: ${row.notes}`] : []),
    ];
    const place = event.place.trim();
    const table = row.meeting.table === null ? '' : `table ${row.meeting.table}`;
    return [
      {
        meeting: row.meeting,
        title: `Meeting ${row.order}: ${partner}`,
        description: lines.join('\n'),
        location: [place, table].filter(Boolean).join(', '),
      },
    ];
  });
}
