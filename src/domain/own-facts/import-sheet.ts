// The user's sheet as rows of strings: the header is its first non-empty row, and every other row
// keeps the number the spreadsheet shows (blank rows are skipped but still counted).
import Papa from 'papaparse';

export interface SheetTable {
  header: string[];
  /** The header's row number in the sheet (1 unless blank rows come first). */
  headerRow: number;
  body: Array<{ row: number; cells: string[] }>;
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

export function toSheetTable(rows: readonly string[][]): SheetTable | null {
  const at = rows.findIndex((cells) => !blank(cells));
  if (at === -1) return null;
  const header = rows[at].map((c) => c.trim());
  const body = rows
    .slice(at + 1)
    .map((cells, i) => ({ row: at + i + 2, cells }))
    .filter(({ cells }) => !blank(cells));
  return { header, headerRow: at + 1, body };
}

/** A CSV's rows; comma, semicolon (Excel in much of Europe) or tab is detected, a BOM dropped. */
export function readCsvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  return parsed.data;
}
