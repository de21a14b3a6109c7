// Which table a sheet or CSV holds: by the sheet's name (English or Spanish) or else by its header.
import { readCsvRecords, readTable, type CsvSpec, type CsvTable } from '@/domain/b2b/csv-table';
import type { InputProblem } from '@/domain/b2b/input-problem';
import { AVAILABILITY_COLUMNS } from '@/domain/b2b/parse-availability';
import { REQUEST_COLUMNS } from '@/domain/b2b/parse-requests';
import { normalizeText } from '@/domain/text';

export type TableKind = 'participants' | 'availability' | 'requests';

export const TABLE_KINDS: readonly TableKind[] = ['participants', 'availability', 'requests'];

export const PARTICIPANT_COLUMNS = {
  required: ['name', 'side'],
  optional: ['people', 'website', 'contact', 'max_meetings'],
} as const;

export const TABLE_COLUMNS: Record<TableKind, Omit<CsvSpec, 'file'>> = {
  participants: PARTICIPANT_COLUMNS,
  availability: AVAILABILITY_COLUMNS,
  requests: REQUEST_COLUMNS,
};

const SHEET_NAMES: Record<string, TableKind> = {
  participants: 'participants',
  participantes: 'participants',
  availability: 'availability',
  disponibilidad: 'availability',
  requests: 'requests',
  solicitudes: 'requests',
};

/** One sheet of a workbook, or the one table of a CSV (name null). */
export interface ImportSheet {
  name: string | null;
  rows: string[][];
}

export interface ImportSource {
  /** The file's name, as the person picked it. */
  file: string;
  sheets: ImportSheet[];
  /** Problems reading the file itself (a CSV row that cannot be parsed). */
  problems: InputProblem[];
}

export interface ImportTable extends CsvTable {
  kind: TableKind;
  /** Where problems point: the sheet's name, or the CSV file's. */
  file: string;
}

/** A CSV file's text as an import source. */
export function csvSource(file: string, text: string): ImportSource {
  const { records, problems } = readCsvRecords(text, file);
  return { file, sheets: records.length > 0 ? [{ name: null, rows: records }] : [], problems };
}

function kindOf(sheet: ImportSheet): TableKind | null {
  const byName = sheet.name === null ? undefined : SHEET_NAMES[normalizeText(sheet.name)];
  if (byName) return byName;
  const header = (sheet.rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  if (header.includes('requester')) return 'requests';
  if (header.includes('participant')) return 'availability';
  if (header.includes('name') || header.includes('side')) return 'participants';
  return null;
}

const isBlank = (sheet: ImportSheet) => sheet.rows.every((cells) => cells.every((c) => c.trim() === ''));

/** The tables of a source, in the order participants, availability, requests; and sheets left aside. */
export function readImportTables(source: ImportSource): {
  tables: ImportTable[];
  ignored: string[];
  problems: InputProblem[];
} {
  const problems = [...source.problems];
  const tables: ImportTable[] = [];
  const ignored: string[] = [];
  for (const sheet of source.sheets) {
    const kind = kindOf(sheet);
    const file = sheet.name ?? source.file;
    if (kind === null) {
      if (sheet.name !== null && !isBlank(sheet)) ignored.push(file);
      continue;
    }
    const earlier = sheet.name === null ? problems.splice(0) : [];
    const table = readTable(sheet.rows, { file, ...TABLE_COLUMNS[kind] }, earlier);
    // A workbook's sheet left at its header (the template's availability, say) is no table to read.
    const headerOnly = table.problems.length === 1 && table.problems[0]!.code === 'no-rows';
    tables.push({ kind, file, ...(sheet.name !== null && headerOnly ? { rows: [], problems: [] } : table) });
  }
  if (problems.length === 0 && tables.length > 0 && tables.every((t) => t.rows.length === 0 && t.problems.length === 0))
    problems.push({ file: source.file, message: 'the file has no rows below the header', code: 'no-rows' });
  if (tables.length === 0 && problems.length === 0) {
    const empty = source.sheets.every(isBlank);
    problems.push(
      empty
        ? { file: source.file, message: 'the file is empty', code: 'empty-file' }
        : {
            file: source.file,
            message: 'no participants, availability or requests table found (see the template)',
            code: 'no-tables',
          },
    );
  }
  tables.sort((a, b) => TABLE_KINDS.indexOf(a.kind) - TABLE_KINDS.indexOf(b.kind));
  return { tables, ignored, problems };
}
