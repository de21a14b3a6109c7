import { useTranslation } from 'react-i18next';
import type { TablePlan } from '@/domain/b2b/agenda-tables';
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
          if (block.kind === 'break') {
            const { brk } = block;
            return [band(`b${b}`, `${brk.start}–${brk.end} · ${brk.name || t('agenda.break')}`, 'break')];
          }
          const { session, date } = block;
          const rows = block.rows.map((row) => (
            <tr key={`${b}-${row.start}`} className="break-inside-avoid border-b border-slate-300">
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
          ));
          // Breaks inside the session go between the slots they separate.
          const breaks = block.breaks.map((brk) => ({
            at: brk.start,
            node: band(`${b}-${brk.start}-brk`, `${brk.start}–${brk.end} · ${brk.name || t('agenda.break')}`, 'break'),
          }));
          const timed = [...block.rows.map((row, i) => ({ at: row.start, node: rows[i] })), ...breaks].sort((x, y) =>
            x.at.localeCompare(y.at),
          );
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
