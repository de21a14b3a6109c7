import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { formatNumber } from '@/domain/format';
import type { ImportResult, RowReport } from '@/domain/own-facts/import-run';
import { ColumnHeads } from '@/features/own-import/column-heads';
import { outcomeText } from '@/features/own-import/import-text';

const count = (rows: readonly RowReport[], kind: RowReport['outcome']['kind']) =>
  rows.filter((r) => r.outcome.kind === kind).length;

/** What each row of the sheet would do: a new organisation, a correction of a record, or a problem. */
export function ImportReport({
  result,
  asNew,
  onAsNew,
}: {
  result: ImportResult;
  asNew: ReadonlySet<number>;
  onAsNew: (row: number, asNew: boolean) => void;
}) {
  const { t } = useTranslation('ownImport');
  const { rows } = result;
  const headingId = useId();
  const counts = {
    rows: rows.length,
    added: count(rows, 'new'),
    corrections: count(rows, 'correction'),
    unchanged: count(rows, 'unchanged'),
    problems: count(rows, 'problem'),
  };
  const n = (value: number) => formatNumber(value, 0);
  return (
    <section aria-labelledby={headingId} className="space-y-1.5">
      <h3 id={headingId} className="font-semibold">
        {t('ownImport:report.heading')}
      </h3>
      <p className="text-sm">
        {[
          t('ownImport:report.rows', { count: counts.rows, n: n(counts.rows) }),
          t('ownImport:report.added', { count: counts.added, n: n(counts.added) }),
          t('ownImport:report.corrections', { count: counts.corrections, n: n(counts.corrections) }),
          t('ownImport:report.unchanged', { count: counts.unchanged, n: n(counts.unchanged) }),
          t('ownImport:report.problems', { count: counts.problems, n: n(counts.problems) }),
        ].join(' · ')}
      </p>
      <div className="max-h-72 overflow-y-auto rounded-md border border-slate-300">
        <table className="w-full text-left text-sm">
          <ColumnHeads
            className="sticky top-0 bg-slate-100"
            labels={[t('ownImport:report.row'), t('ownImport:report.name'), t('ownImport:report.outcome')]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-2 py-1 font-normal tabular-nums">
                  {formatNumber(r.row, 0)}
                </th>
                <td className="px-2 py-1 break-words">{r.name || '—'}</td>
                <td className={`px-2 py-1 ${r.outcome.kind === 'problem' ? 'text-red-800' : ''}`}>
                  <span className={r.outcome.kind === 'problem' ? 'font-semibold' : ''}>{outcomeText(r.outcome)}</span>
                  {(asNew.has(r.row) || r.outcome.kind === 'correction' || r.outcome.kind === 'unchanged') && (
                    <Checkbox
                      label={t('ownImport:report.asNew', { row: r.row })}
                      checked={asNew.has(r.row)}
                      onChange={(e) => onAsNew(r.row, e.currentTarget.checked)}
                    />
                  )}
                  {r.problems.length > 0 && (
                    <ul className="list-disc pl-5">
                      {r.problems.map((p, i) => (
                        <li key={i}>
                          {p.column === null
                            ? p.message
                            : t('ownImport:report.inColumn', { column: p.column, message: p.message })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
