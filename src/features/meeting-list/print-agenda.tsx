import { useTranslation } from 'react-i18next';
import { buildAgenda, type AgendaItem } from '@/domain/agenda';
import { contactLine } from '@/domain/contacts';
import type { EventBreak, MeetingEvent } from '@/domain/event';
import { formatPoints, notStated } from '@/domain/format';
import { labelSummary } from '@/domain/labels';
import {
  eccpCell,
  meetingPartnerName,
  meetingTimeCell,
  notScheduledText,
  type MeetingRow,
} from '@/domain/meeting-rows';

const TH = 'border-b-2 border-slate-900 px-1.5 py-1 text-left';
const TD = 'px-1.5 py-1 align-top';

interface PrintAgendaProps {
  event: MeetingEvent;
  rows: readonly MeetingRow[];
  includeReasons: boolean;
}

/** The printed day: a heading per session, its meetings and breaks in time order, then what did not fit. */
export function PrintAgenda({ event, rows, includeReasons }: PrintAgendaProps) {
  const { t, i18n } = useTranslation('meetings');
  const { t: tf } = useTranslation('files');
  const nameLang = i18n.language === 'es' ? undefined : 'es';
  const showTables = event.tables;
  const columns = showTables ? 8 : 7;
  const agenda = buildAgenda(rows, event);

  const heading = (key: string, text: string) => (
    <tbody key={key} className="break-after-avoid">
      <tr>
        <td colSpan={columns} className="px-1.5 pt-3 pb-1">
          <h2 className="border-b border-slate-900 text-base font-bold">{text}</h2>
        </td>
      </tr>
    </tbody>
  );
  const breakRow = (brk: EventBreak) => (
    <tbody key={`break-${brk.id}`} className="break-inside-avoid border-b border-slate-400 bg-slate-100">
      <tr>
        <td className={TD} />
        <td className={`${TD} whitespace-nowrap tabular-nums`}>{`${brk.start}–${brk.end}`}</td>
        <td colSpan={columns - 2} className={`${TD} italic`}>
          {brk.label.trim() || tf('print.break')}
        </td>
      </tr>
    </tbody>
  );
  const meetingRow = (row: MeetingRow) => (
    // One tbody per meeting so a page break never falls inside a meeting.
    <tbody key={row.clusterId} className="break-inside-avoid border-b border-slate-400">
      <tr className="break-inside-avoid">
        <td className={`${TD} tabular-nums`}>{row.order}</td>
        <td className={`${TD} whitespace-nowrap tabular-nums font-semibold`}>{meetingTimeCell(row.meeting)}</td>
        {showTables && <td className={`${TD} tabular-nums`}>{row.meeting?.table ?? '—'}</td>}
        <td className={`${TD} wrap-anywhere`}>
          <span lang={row.known ? nameLang : undefined} className="font-semibold">
            {meetingPartnerName(row)}
          </span>
          {row.website && <span className="block text-xs">{row.website}</span>}
          {row.contacts.map((person, i) => (
            <span key={i} className="block text-xs">
              {contactLine(person)}
            </span>
          ))}
        </td>
        <td className={TD}>{row.stateName ?? notStated()}</td>
        <td className={TD}>{row.known ? labelSummary(row.label) : notStated()}</td>
        <td className={TD}>{eccpCell(row.eccpMember)}</td>
        <td className={`${TD} tabular-nums`}>{row.score === null ? '—' : formatPoints(row.score)}</td>
      </tr>
      {(row.notes || (includeReasons && row.reasons.length > 0)) && (
        <tr className="break-inside-avoid">
          <td />
          <td colSpan={columns - 1} className={`${TD} pt-0 wrap-anywhere`}>
            {/* pre-line keeps the note's own line breaks on paper. */}
            {row.notes && <p className="whitespace-pre-line">{t('print.note', { note: row.notes })}</p>}
            {includeReasons && row.reasons.length > 0 && (
              <ul className="list-disc pl-5 text-slate-800">
                {row.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
  const item = (it: AgendaItem) => (it.kind === 'meeting' ? meetingRow(it.row) : breakRow(it.brk));

  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr>
          <th className={TH}>#</th>
          <th className={TH}>{t('print.column.time')}</th>
          {showTables && <th className={TH}>{t('print.column.table')}</th>}
          <th className={TH}>{t('print.column.cluster')}</th>
          <th className={TH}>{t('print.column.state')}</th>
          <th className={TH}>{t('print.column.escaLabel')}</th>
          <th className={TH}>{t('print.column.eccp')}</th>
          <th className={TH}>{t('print.column.score')}</th>
        </tr>
      </thead>
      {agenda.blocks.flatMap((block) =>
        block.kind === 'break'
          ? [breakRow(block.brk)]
          : [
              heading(
                `session-${block.session.id}`,
                tf('print.session', {
                  name: block.session.label.trim() || block.session.id,
                  start: block.session.start,
                  end: block.session.end,
                }),
              ),
              ...block.items.map(item),
            ],
      )}
      {agenda.unscheduled.length > 0 && heading('unscheduled', notScheduledText())}
      {agenda.unscheduled.map(meetingRow)}
    </table>
  );
}
