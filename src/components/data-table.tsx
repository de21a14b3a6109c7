import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  /** Extra classes of this column's cells, e.g. `font-mono` for file names and paths. */
  className?: string;
  /** The cell names its row (a row header, `<th scope="row">`). */
  rowHeader?: boolean;
}

interface DataTableProps<T> {
  /** The table's name; shown to screen readers only (the surrounding heading says it on screen). */
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string | number;
  rowClassName?: (row: T) => string;
  /** Shown in a single cell when there are no rows. */
  empty?: string;
  className?: string;
}

/** The one plain data table: chart text alternatives, data problems, file versions. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  empty,
  className = '',
}: DataTableProps<T>) {
  const { t } = useTranslation('components');
  const cellClass = (c: Column<T>) =>
    `px-2 py-1 ${c.numeric ? 'text-right tabular-nums' : 'wrap-anywhere'} ${c.className ?? ''}`;
  return (
    <table className={`w-full border-collapse text-left text-sm ${className}`}>
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
              {empty ?? t('table.noData')}
            </td>
          </tr>
        ) : (
          rows.map((row, i) => (
            <tr key={rowKey(row, i)} className={`border-b border-slate-200 align-top ${rowClassName?.(row) ?? ''}`}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.header} scope="row" className={cellClass(c)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} className={cellClass(c)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
