import Papa from 'papaparse';
import { csvNumber, type CsvDelimiter } from '@/domain/csv-delimiter';
import { meetingSheetHeader, type MeetingSheetRow } from '@/domain/meeting-sheet';
import type { CellKind } from '@/domain/export-xlsx';

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection", ASVS
// 1.2.10); a leading apostrophe makes Excel and LibreOffice read it as text, but in a CSV the reader
// then sees the apostrophe. So it goes only where a formula could reach outside its cell.
const FORMULA_START = /^[=+\-@\t\r]/;
// A sign, a digit, and none of what a harmful formula needs: '(' to call a function (HYPERLINK,
// WEBSERVICE, IMPORTXML), '|' for DDE (`-2+3+cmd|' /C calc'!A0`), '!' to reach another sheet or
// file. What is left ('+52 55 1234 5678', '-20% arancel', '-5') can at worst be read as arithmetic
// on the cell's own numbers, which runs nothing and sends nothing, so it is written as typed.
const INERT_SIGNED = /^[+-]\d[^(|!]*$/;

/** The cell as written to a CSV: a leading apostrophe only where the text could run as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !INERT_SIGNED.test(text) ? `'${text}` : text;
}

/**
 * Every CSV the app writes: UTF-8 with a BOM so Excel reads accents ('Querétaro') correctly; CRLF
 * as RFC 4180 asks. Text cells must already be passed through `guardFormula`.
 */
export function buildCsv(
  fields: readonly string[],
  data: ReadonlyArray<Array<string | number>>,
  delimiter: CsvDelimiter = ',',
): string {
  const csv = Papa.unparse(
    { fields: [...fields], data: [...data] },
    { newline: '\r\n', quotes: false, header: true, delimiter },
  );
  return `\uFEFF${csv}\r\n`;
}

/**
 * A typed sheet value as a CSV cell: numbers with the separator's decimal mark, text guarded
 * against formulas, ISO dates and 24-hour times as they are (every spreadsheet locale reads them).
 */
export function csvCell(kind: CellKind, value: string | number | null, delimiter: CsvDelimiter): string {
  if (value === null) return '';
  if (kind === 'number') return typeof value === 'number' ? csvNumber(value, delimiter) : '';
  return kind === 'text' ? guardFormula(String(value)) : String(value);
}

function cells(row: MeetingSheetRow, delimiter: CsvDelimiter): string[] {
  const text = (value: string) => guardFormula(value);
  return [
    // ISO dates and 24-hour times: every spreadsheet locale reads them as a date and a time.
    row.date ?? '',
    text(row.session),
    row.start ?? '',
    row.end ?? '',
    csvNumber(row.table, delimiter),
    text(row.partner),
    text(row.state),
    text(row.sectors),
    csvNumber(row.score, delimiter),
    text(row.escaLabel),
    row.labelValidUntil ?? '',
    text(row.eccpMember),
    text(row.website),
    text(row.contact),
    text(row.email),
    text(row.phone),
    text(row.notes),
    text(row.outcome),
    text(row.outcomeNote),
    text(row.sources),
  ];
}

/** The meeting list as a CSV: ';' with decimal commas or ',' with decimal points. */
export function buildMeetingCsv(rows: readonly MeetingSheetRow[], delimiter: CsvDelimiter = ','): string {
  return buildCsv(
    meetingSheetHeader(),
    rows.map((r) => cells(r, delimiter)),
    delimiter,
  );
}
