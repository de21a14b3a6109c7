import type { MeetingEvent } from '@/domain/event';
import type { IcsMeeting } from '@/domain/export-ics';
import type { MeetingRow } from '@/features/meeting-list/meeting-rows';

/** Calendar entries for the scheduled meetings only: an unscheduled meeting has no time to book. */
export function buildIcsMeetings(rows: readonly MeetingRow[], event: MeetingEvent): IcsMeeting[] {
  return rows.flatMap((row) => {
    if (!row.meeting) return [];
    const lines = [
      `Cluster: ${row.cluster}`,
      `State: ${row.state}`,
      `ESCA label: ${row.labelSummary}`,
      `ECCP member: ${row.eccpMember}`,
      `Score: ${row.score === null ? 'not in the current ranking' : `${row.score} of 100`}`,
      `Website: ${row.website}`,
      ...(row.notes ? [`Note: ${row.notes}`] : []),
    ];
    const place = event.place.trim();
    const table = row.table === null ? '' : `table ${row.table}`;
    return [
      {
        meeting: row.meeting,
        title: `Meeting ${row.order}: ${row.cluster}`,
        description: lines.join('\n'),
        location: [place, table].filter(Boolean).join(', '),
      },
    ];
  });
}
