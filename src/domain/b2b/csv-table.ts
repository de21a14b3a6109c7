import Papa from 'papaparse';
import type { InputProblem } from '@/domain/b2b/input-problem';

export interface CsvSpec {
  file: string;
  required: readonly string[];
  optional: readonly string[];
}

export interface CsvRow {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** Trimmed cell per column; '' when the row is short. */
  cells: Record<string, string>;
}

export interface CsvTable {
  rows: CsvRow[];
  problems: InputProblem[];
}

// Guessed from the header line alone: Papa Parse's guess weighs every line, and a blank last line
// made a two-column ';' file read as one column.
function headerDelimiter(body: string): string {
  const header = body.trimStart().split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => header.split(d).length - 1;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

const EMPTY = { message: 'the file is empty', code: 'empty-file' } as const;

/** A CSV's records, header first. Comma, semicolon (Excel in much of Europe) or tab is detected. */
export function readCsvRecords(text: string, file: string): { records: string[][]; problems: InputProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { records: [], problems: [{ file, ...EMPTY }] };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: headerDelimiter(body) });
  const problems: InputProblem[] = [];
  for (const error of parsed.errors) {
    if (error.type === 'Delimiter') continue; // a one-column file: nothing to detect
    const detail = error.message;
    problems.push({
      file,
      row: (error.row ?? 0) + 1,
      message: `cannot read this row (${detail})`,
      code: 'unreadable-row',
      params: { detail },
    });
  }
  return { records: parsed.data, problems };
}

/**
 * Reads a CSV with a header row (see readCsvRecords, then readTable).
 */
export function readCsvTable(text: string, spec: CsvSpec): CsvTable {
  const { records, problems } = readCsvRecords(text, spec.file);
  return records.length === 0 ? { rows: [], problems } : readTable(records, spec, problems);
}

/**
 * A table of records (a CSV's or a sheet's) with a header row. Column names are matched without
 * regard to case or surrounding spaces; blank rows are skipped but keep the row numbering a
 * spreadsheet shows. With `earlier` problems (the file's own), only the header is checked.
 */
export function readTable(
  records: readonly string[][],
  spec: CsvSpec,
  earlier: readonly InputProblem[] = [],
): CsvTable {
  const { file } = spec;
  const problems: InputProblem[] = [...earlier];
  if (records.every((cells) => cells.every((cell) => cell.trim() === '')))
    return { rows: [], problems: [{ file, ...EMPTY }] };
  const [header = [], ...body] = records;
  const columns = header.map((name) => name.trim().toLowerCase());
  const known = [...spec.required, ...spec.optional];
  columns.forEach((name, i) => {
    if (name === '' && body.every((cells) => (cells[i] ?? '').trim() === '')) return;
    const column = header[i];
    if (!known.includes(name))
      problems.push({
        file,
        row: 1,
        column,
        message: `unknown column (use ${known.join(', ')})`,
        code: 'unknown-column',
        params: { known: known.join(', ') },
      });
    else if (columns.indexOf(name) !== i)
      problems.push({ file, row: 1, column, message: 'column repeated', code: 'repeated-column' });
  });
  for (const name of spec.required)
    if (!columns.includes(name))
      problems.push({ file, row: 1, column: name, message: 'missing column', code: 'missing-column' });
  if (problems.length > 0) return { rows: [], problems };
  const rows: CsvRow[] = [];
  body.forEach((raw, i) => {
    const cells = raw.map((cell) => cell.trim());
    if (cells.every((cell) => cell === '')) return;
    const row = i + 2;
    if (cells.slice(columns.length).some((cell) => cell !== ''))
      problems.push({
        file,
        row,
        message: `more cells than the ${columns.length} columns of the header`,
        code: 'extra-cells',
        params: { count: columns.length },
      });
    rows.push({ row, cells: Object.fromEntries(columns.map((name, c) => [name, cells[c] ?? ''])) });
  });
  if (rows.length === 0 && problems.length === 0)
    problems.push({ file, message: 'the file has no rows below the header', code: 'no-rows' });
  return { rows, problems };
}
