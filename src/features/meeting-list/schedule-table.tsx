import { NotStated } from '@/components/not-stated';
import { meetingTimeCell } from '@/domain/export-csv';
import { labelSummary } from '@/domain/labels';
import { meetingPartnerName, type MeetingRow } from '@/domain/meeting-rows';

interface ScheduleTableProps {
  rows: readonly MeetingRow[];
  showTables: boolean;
}

const TH = 'border-b border-slate-300 px-1.5 py-1 text-left font-semibold';
const TD = 'border-b border-slate-200 px-1.5 py-1 align-top';

export function ScheduleTable({ rows, showTables }: ScheduleTableProps) {
  return (
    <table aria-label="Meeting schedule" className="w-full table-auto border-collapse text-sm">
      <thead className="bg-slate-100 text-slate-900">
        <tr>
          <th scope="col" className={TH}>
            Order
          </th>
          <th scope="col" className={TH}>
            Time
          </th>
          <th scope="col" className={TH}>
            Cluster
          </th>
          <th scope="col" className={TH}>
            State
          </th>
          <th scope="col" className={TH}>
            ESCA label
          </th>
          <th scope="col" className={TH}>
            Note
          </th>
          {showTables && (
            <th scope="col" className={TH}>
              Table
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.clusterId} className={row.meeting ? '' : 'bg-orange-50'}>
            <td className={`${TD} tabular-nums`}>{row.order}</td>
            <td className={`${TD} whitespace-nowrap tabular-nums`}>
              {row.meeting ? (
                meetingTimeCell(row.meeting)
              ) : (
                <strong className="text-orange-950">⚠ not scheduled</strong>
              )}
            </td>
            <th scope="row" className={`${TD} text-left font-medium wrap-anywhere`}>
              {meetingPartnerName(row)}
            </th>
            <td className={TD}>{row.stateName ?? <NotStated />}</td>
            <td className={TD}>{row.known ? labelSummary(row.label) : <NotStated />}</td>
            <td className={`${TD} max-w-48 wrap-anywhere`}>{row.notes || <span className="text-slate-600">—</span>}</td>
            {showTables && <td className={`${TD} tabular-nums`}>{row.meeting?.table ?? '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
