import { useTranslation } from 'react-i18next';
import { NotStated } from '@/components/not-stated';
import { labelSummary } from '@/domain/labels';
import { contactLine } from '@/domain/contacts';
import type { EntryOutcome } from '@/domain/event';
import { meetingPartnerName, meetingTimeCell, notScheduledText, type MeetingRow } from '@/domain/meeting-rows';
import { OutcomeControl } from '@/features/meeting-list/outcome-control';

interface ScheduleTableProps {
  rows: readonly MeetingRow[];
  showTables: boolean;
  /** Marks a meeting's outcome; without it the table has no outcome column. */
  onOutcome?: (clusterId: string, outcome: Omit<EntryOutcome, 'at'> | null) => void;
}

const TH = 'border-b border-slate-300 px-1.5 py-1 text-left font-semibold';
const TD = 'border-b border-slate-200 px-1.5 py-1 align-top';

export function ScheduleTable({ rows, showTables, onOutcome }: ScheduleTableProps) {
  const { t, i18n } = useTranslation('meetings');
  const { t: tc } = useTranslation('contacts');
  // Cluster names are written as the (Spanish) sources write them.
  const nameLang = i18n.language === 'es' ? undefined : 'es';
  const columns = [
    t('schedule.column.order'),
    t('schedule.column.time'),
    t('schedule.column.cluster'),
    t('schedule.column.state'),
    t('schedule.column.escaLabel'),
    t('schedule.column.note'),
    ...(showTables ? [t('schedule.column.table')] : []),
    ...(onOutcome ? [tc('contacts:outcome.column')] : []),
  ];
  return (
    <table aria-label={t('schedule.label')} className="w-full table-auto border-collapse text-sm">
      <thead className="bg-slate-100 text-slate-900">
        <tr>
          {columns.map((label) => (
            <th key={label} scope="col" className={TH}>
              {label}
            </th>
          ))}
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
                <strong className="text-orange-950">⚠ {notScheduledText()}</strong>
              )}
            </td>
            <th
              scope="row"
              lang={row.known ? nameLang : undefined}
              className={`${TD} text-left font-medium wrap-anywhere`}
            >
              {meetingPartnerName(row)}
              {row.contacts.map((person, i) => (
                <span key={i} className="block text-xs font-normal text-slate-700">
                  {contactLine(person)}
                </span>
              ))}
            </th>
            <td className={TD}>{row.stateName ?? <NotStated />}</td>
            <td className={TD}>{row.known ? labelSummary(row.label) : <NotStated />}</td>
            <td className={`${TD} max-w-48 wrap-anywhere`}>{row.notes || <span className="text-slate-600">—</span>}</td>
            {showTables && <td className={`${TD} tabular-nums`}>{row.meeting?.table ?? '—'}</td>}
            {onOutcome && (
              <td className={TD}>
                <OutcomeControl
                  partner={meetingPartnerName(row)}
                  outcome={row.outcome}
                  onChange={(outcome) => onOutcome(row.clusterId, outcome)}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
