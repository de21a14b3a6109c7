import { useTranslation } from 'react-i18next';
import { SafeLink } from '@/components/safe-link';
import type { AgendaCounterpart, AgendaRow, ParticipantAgenda } from '@/domain/b2b/agenda';
import { describeReason } from '@/domain/b2b/wording';
import { formatIsoDate } from '@/domain/format';

const TH = 'border-b-2 border-slate-900 px-1.5 py-1 text-left';
const TD = 'px-1.5 py-1 align-top';
const COLUMNS = 3;

/** The other side's name, people and how to reach them: what a delegate looks for at the table. */
function Counterpart({ other }: { other: AgendaCounterpart }) {
  const { t } = useTranslation('b2bOutputs');
  return (
    <>
      <span className="font-semibold">{other.name}</span>
      {other.people.length > 0 && <span className="block text-xs">{other.people.join(', ')}</span>}
      {other.website && (
        <span className="block text-xs">
          <SafeLink href={other.website} />
        </span>
      )}
      {other.contact && <span className="block text-xs">{t('agenda.contact', { value: other.contact })}</span>}
    </>
  );
}

/** One participant's day: a heading per session, every slot (meeting, free or away) and the breaks. */
export function AgendaTable({ agenda }: { agenda: ParticipantAgenda }) {
  const { t } = useTranslation('b2bOutputs');
  const heading = (key: string, text: string) => (
    <tbody key={key} className="break-after-avoid">
      <tr>
        <th colSpan={COLUMNS} scope="colgroup" className="px-1.5 pt-3 pb-1 text-left">
          <span className="block border-b border-slate-900 text-base font-bold">{text}</span>
        </th>
      </tr>
    </tbody>
  );
  const row = (r: AgendaRow, key: string) => (
    // One tbody per row so a page break never falls inside a meeting.
    <tbody
      key={key}
      className={`break-inside-avoid border-b border-slate-300 ${r.kind === 'break' ? 'bg-slate-100' : ''}`}
    >
      <tr data-kind={r.kind}>
        <td className={`${TD} whitespace-nowrap tabular-nums font-semibold`}>{`${r.start}–${r.end}`}</td>
        <td className={`${TD} tabular-nums`}>{r.kind === 'meeting' ? r.meeting.table : ''}</td>
        <td className={`${TD} wrap-anywhere`}>
          {r.kind === 'meeting' && <Counterpart other={r.with} />}
          {r.kind === 'break' && <span className="italic">{r.name || t('agenda.break')}</span>}
          {r.kind === 'free' && <span className="text-slate-700">{r.away ? t('agenda.away') : t('agenda.free')}</span>}
        </td>
      </tr>
    </tbody>
  );
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr>
          <th className={TH}>{t('agenda.column.time')}</th>
          <th className={TH}>{t('agenda.column.table')}</th>
          <th className={TH}>{t('agenda.column.with')}</th>
        </tr>
      </thead>
      {agenda.blocks.flatMap((block, b) =>
        block.kind === 'break'
          ? [row({ kind: 'break', start: block.brk.start, end: block.brk.end, name: block.brk.name }, `break-${b}`)]
          : [
              heading(
                `session-${b}`,
                t('agenda.session', {
                  name: block.session.name,
                  date: formatIsoDate(block.date),
                  start: block.session.start,
                  end: block.session.end,
                }),
              ),
              ...block.rows.map((r, i) => row(r, `${b}-${i}`)),
            ],
      )}
      {agenda.unscheduled.length > 0 && heading('unscheduled', t('agenda.unscheduled'))}
      {agenda.unscheduled.map((m) => (
        <tbody key={`u-${m.requester}-${m.partner}`} className="break-inside-avoid border-b border-slate-300">
          <tr data-kind="unscheduled">
            <td className={TD}>—</td>
            <td className={TD} />
            <td className={`${TD} wrap-anywhere`}>
              <Counterpart other={m.with} />
              <span className="block text-xs text-slate-800">
                {t('status.reason', { reason: describeReason(m, m.reason) })}
              </span>
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
