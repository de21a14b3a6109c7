// The B2B sheet rows written as a CSV or as an .xlsx sheet, through the app's one CSV writer and
// one workbook writer (the workbook's bytes are built in its lazy chunk by the caller).
import { B2B_CELL_KIND, B2B_COLUMN_WIDTH } from '@/domain/b2b/export-columns';
import { b2bColumnHeader, type B2bSheetColumn, type B2bSheetRow } from '@/domain/b2b/export-sheet';
import { buildCsv, csvCell } from '@/domain/export-csv';
import type { CsvDelimiter } from '@/domain/csv-delimiter';
import { typedCell } from '@/domain/export-xlsx';
import type { XlsxSheet } from '@/domain/xlsx';

export function b2bCsv(
  rows: readonly B2bSheetRow[],
  columns: readonly B2bSheetColumn[],
  delimiter: CsvDelimiter = ',',
): string {
  return buildCsv(
    columns.map(b2bColumnHeader),
    rows.map((row) => columns.map((c) => csvCell(B2B_CELL_KIND[c], row[c], delimiter))),
    delimiter,
  );
}

export function b2bXlsxSheet(
  name: string,
  rows: readonly B2bSheetRow[],
  columns: readonly B2bSheetColumn[],
): XlsxSheet {
  return {
    name,
    header: columns.map(b2bColumnHeader),
    rows: rows.map((row) => columns.map((c) => typedCell(B2B_CELL_KIND[c], row[c], c === 'status'))),
    widths: columns.map((c) => B2B_COLUMN_WIDTH[c]),
  };
}
