import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFrameProps {
  title: string;
  summary: string;
  /** The same numbers as the chart, as a real table (the text alternative). */
  table: ReactNode;
  children: ReactNode;
  className?: string;
}

/** Heading, one-line summary, the picture, and a "Show as table" disclosure. */
export function ChartFrame({ title, summary, table, children, className = '' }: ChartFrameProps) {
  const { t } = useTranslation('charts');
  const titleId = useId();
  return (
    <figure aria-labelledby={titleId} className={`m-0 flex min-w-0 flex-col gap-1 ${className}`}>
      <h3 id={titleId} className="text-sm font-bold text-slate-900">
        {title}
      </h3>
      <p className="text-sm text-slate-800">{summary}</p>
      {children}
      <details className="text-sm">
        <summary className="w-fit cursor-pointer rounded px-1 font-semibold text-brand-700 hover:underline">
          {t('frame.showTable')}
        </summary>
        {/* Focusable so keyboard users can scroll a table wider than the panel. */}
        <div tabIndex={0} role="group" aria-label={t('frame.table', { title })} className="mt-1 overflow-x-auto">
          {table}
        </div>
      </details>
    </figure>
  );
}

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

interface DataTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown in a single cell when there are no rows. */
  empty?: string;
}

export function DataTable<T>({ caption, columns, rows, rowKey, empty }: DataTableProps<T>) {
  const { t } = useTranslation('charts');
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          {columns.map((c) => (
            <th key={c.header} scope="col" className={`px-2 py-1 font-semibold ${c.numeric ? 'text-right' : ''}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="px-2 py-1 text-slate-700">
              {empty ?? t('frame.noData')}
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-slate-200 align-top">
              {columns.map((c) => (
                <td key={c.header} className={`px-2 py-1 ${c.numeric ? 'text-right tabular-nums' : 'wrap-anywhere'}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
