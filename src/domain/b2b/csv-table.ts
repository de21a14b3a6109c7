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

/**
 * Reads a CSV with a header row. Comma or semicolon (Excel in much of Europe) is detected; column
 * names are matched without regard to case or surrounding spaces; blank rows are skipped but
 * keep the row numbering a spreadsheet shows.
 */
export function readCsvTable(text: string, spec: CsvSpec): { rows: CsvRow[]; problems: InputProblem[] } {
  const { file } = spec;
  const problems: InputProblem[] = [];
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { rows: [], problems: [{ file, message: 'the file is empty' }] };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  for (const error of parsed.errors) {
    if (error.type === 'Delimiter') continue; // a one-column file: nothing to detect
    problems.push({ file, row: (error.row ?? 0) + 1, message: `cannot read this row (${error.message})` });
  }
  const [header = [], ...records] = parsed.data;
  const columns = header.map((name) => name.trim().toLowerCase());
  const known = [...spec.required, ...spec.optional];
  columns.forEach((name, i) => {
    if (name === '' && records.every((cells) => (cells[i] ?? '').trim() === '')) return;
    if (!known.includes(name))
      problems.push({ file, row: 1, column: header[i], message: `unknown column (use ${known.join(', ')})` });
    else if (columns.indexOf(name) !== i)
      problems.push({ file, row: 1, column: header[i], message: 'column repeated' });
  });
  for (const name of spec.required)
    if (!columns.includes(name)) problems.push({ file, row: 1, column: name, message: 'missing column' });
  if (problems.length > 0) return { rows: [], problems };
  const rows: CsvRow[] = [];
  records.forEach((raw, i) => {
    const cells = raw.map((cell) => cell.trim());
    if (cells.every((cell) => cell === '')) return;
    const row = i + 2;
    if (cells.slice(columns.length).some((cell) => cell !== ''))
      problems.push({ file, row, message: `more cells than the ${columns.length} columns of the header` });
    rows.push({ row, cells: Object.fromEntries(columns.map((name, c) => [name, cells[c] ?? ''])) });
  });
  if (rows.length === 0 && problems.length === 0)
    problems.push({ file, message: 'the file has no rows below the header' });
  return { rows, problems };
}
