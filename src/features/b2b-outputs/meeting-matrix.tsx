import { useTranslation } from 'react-i18next';
import type { MatrixCell, MeetingMatrix } from '@/domain/b2b/agenda-tables';
import { describeReason } from '@/domain/b2b/wording';
import { formatIsoDate, formatNumber } from '@/domain/format';

const CORNER = 'sticky top-0 left-0 z-20 border-b-2 border-r border-slate-900 bg-white px-1.5 py-1 text-left';
const TOP = 'sticky top-0 z-10 min-w-32 border-b-2 border-slate-900 bg-white px-1.5 py-1 text-left align-bottom';
const LEFT = 'sticky left-0 z-10 min-w-40 border-r border-slate-300 bg-white px-1.5 py-1 text-left align-top';
const TD = 'border-b border-l border-slate-200 px-1.5 py-1 align-top text-xs';

/** A pair's cell: when and where they meet, why not, or nothing when nobody asked. */
function Cell({ cell, multiDay }: { cell: MatrixCell; multiDay: boolean }) {
  const { t } = useTranslation('b2bOutputs');
  if (!cell) return <span className="sr-only">{t('matrix.notRequested')}</span>;
  if (cell.kind === 'unplaced') {
    return (
      <span className="block text-red-900">
        <span className="font-semibold">{t('matrix.unplaced')}</span>
        <span className="block">{describeReason(cell.meeting, cell.meeting.reason)}</span>
      </span>
    );
  }
  const m = cell.meeting;
  const when = multiDay ? `${formatIsoDate(m.date)} ${m.start}` : m.start;
  return (
    <span className="block">
      <span className="font-semibold tabular-nums">{when}</span>
      <span className="block">{t('plan.table', { table: m.table })}</span>
    </span>
  );
}

/** Who meets whom: EU participants down, Mexican participants across, each requested pair's time and table. */
export function MeetingMatrixTable({ matrix, multiDay }: { matrix: MeetingMatrix; multiDay: boolean }) {
  const { t } = useTranslation('b2bOutputs');
  return (
    <table className="border-collapse text-sm">
      <caption className="px-1.5 py-1 text-left text-sm">
        {t('matrix.caption', {
          placed: formatNumber(matrix.placed, 0),
          unplaced: formatNumber(matrix.unplaced, 0),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={CORNER}>
            {t('matrix.corner')}
          </th>
          {matrix.mx.map((name) => (
            <th key={name} scope="col" className={TOP}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.eu.map((eu, i) => (
          <tr key={eu}>
            <th scope="row" className={LEFT}>
              {eu}
            </th>
            {matrix.cells[i]!.map((cell, j) => (
              <td
                key={matrix.mx[j]}
                className={`${TD} ${cell?.kind === 'unplaced' ? 'bg-red-50' : cell ? 'bg-emerald-50' : ''}`}
              >
                <Cell cell={cell} multiDay={multiDay} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
