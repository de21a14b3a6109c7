import type { ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Classes of this column's cells, e.g. `font-mono` for file names and paths. */
  className?: string;
}

interface Props<Row> {
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  rowClassName?: (row: Row) => string;
  className?: string;
}

/** A plain labelled table of problems or facts: one header row, one row per item. */
export function DataTable<Row>({ label, columns, rows, rowKey, rowClassName, className = '' }: Props<Row>) {
  const pad = (i: number) => (i < columns.length - 1 ? 'pr-3' : '');
  return (
    <table aria-label={label} className={`w-full text-left text-sm ${className}`}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c.header} className={pad(i)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={rowKey(row, r)} className={`border-t align-top ${rowClassName?.(row) ?? ''}`}>
            {columns.map((c, i) => (
              <td key={c.header} className={`${pad(i)} ${c.className ?? ''}`}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
