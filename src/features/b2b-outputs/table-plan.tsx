import { useTranslation } from 'react-i18next';
import type { TablePlan, TablePlanRow } from '@/domain/b2b/agenda-tables';
import type { B2bBreak } from '@/domain/b2b/types';
import { formatIsoDate } from '@/domain/format';

// Sticky headers: the table names stay on top and the times on the left while the plan scrolls.
const CORNER = 'sticky top-0 left-0 z-20 border-b-2 border-slate-900 bg-white px-1.5 py-1 text-left';
const TOP = 'sticky top-0 z-10 border-b-2 border-slate-900 bg-white px-1.5 py-1 text-left whitespace-nowrap';
const LEFT = 'sticky left-0 z-10 bg-white px-1.5 py-1 text-left align-top whitespace-nowrap tabular-nums';
const TD = 'min-w-36 border-l border-slate-200 px-1.5 py-1 align-top wrap-anywhere';

/** Who sits at which table, when: one row per slot, one column per table; breaks as rows. */
export function TablePlanTable({ plan }: { plan: TablePlan }) {
  const { t } = useTranslation('b2bOutputs');
  const span = plan.tables.length + 1;
  const band = (key: string, text: string, tone: 'session' | 'break') => (
    <tr key={key} className={tone === 'break' ? 'bg-slate-100' : ''}>
      <th
        colSpan={span}
        scope="colgroup"
        className={`px-1.5 py-1 text-left ${tone === 'break' ? 'font-normal italic' : 'pt-3 text-base'}`}
      >
        {text}
      </th>
    </tr>
  );
  const breakBand = (key: string, brk: B2bBreak) =>
    band(key, `${brk.start}–${brk.end} · ${brk.name || t('agenda.break')}`, 'break');
  const slotRow = (key: string, row: TablePlanRow) => (
    <tr key={key} className="break-inside-avoid border-b border-slate-300">
      <th scope="row" className={LEFT}>{`${row.start}–${row.end}`}</th>
      {row.cells.map((m, i) =>
        m ? (
          <td key={plan.tables[i]} className={TD}>
            <span className="block font-semibold">{m.requester}</span>
            <span className="block">{m.partner}</span>
          </td>
        ) : (
          <td key={plan.tables[i]} className={`${TD} text-slate-600`}>
            {t('plan.empty')}
          </td>
        ),
      )}
    </tr>
  );
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{t('plan.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className={CORNER}>
            {t('plan.time')}
          </th>
          {plan.tables.map((name) => (
            <th key={name} scope="col" className={TOP}>
              {t('plan.table', { table: name })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {plan.blocks.flatMap((block, b) => {
          if (block.kind === 'break') return [breakBand(`b${b}`, block.brk)];
          const { session, date } = block;
          // 'HH:MM' sorts as text: breaks inside the session go between the slots they separate.
          const timed = [
            ...block.rows.map((row) => ({ at: row.start, node: slotRow(`${b}-${row.start}`, row) })),
            ...block.breaks.map((brk) => ({ at: brk.start, node: breakBand(`${b}-${brk.start}-break`, brk) })),
          ].sort((x, y) => x.at.localeCompare(y.at));
          const title = t('agenda.session', {
            name: session.name,
            date: formatIsoDate(date),
            start: session.start,
            end: session.end,
          });
          return [band(`s${b}`, title, 'session'), ...timed.map((x) => x.node)];
        })}
      </tbody>
    </table>
  );
}
