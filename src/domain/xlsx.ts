// An .xlsx of one or more sheets with typed cells: numbers as numbers, dates and times as date serials with a
// date or time format, text as (shared) strings. A string cell is never read as a formula, so text
// needs no formula guard here. Written by hand: a workbook library (exceljs, ~240 KB gzip) would
// not fit the JS budget for one sheet of plain cells. Loaded on demand, so it imports nothing of
// the app's but its zip writer: its chunk holds only the two.
import { zipStored } from '@/domain/zip-store';
import {
  ROOT_RELS,
  SHEET_OPEN,
  STYLES,
  XF,
  contentTypes,
  sharedStringsXml,
  workbookRels,
  workbookXml,
} from '@/domain/xlsx-parts';

export type XlsxCell =
  | { kind: 'text'; value: string; wrap?: boolean }
  | { kind: 'number'; value: number }
  /** ISO date (YYYY-MM-DD). */
  | { kind: 'date'; value: string }
  /** Minutes after midnight (a time of day). */
  | { kind: 'time'; value: number }
  | null;

export interface XlsxSheet {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<readonly XlsxCell[]>;
  /** Column widths in characters, by column index. */
  widths?: readonly number[];
}

const DAY_MS = 86_400_000;
// Spreadsheet day 0 is 1899-12-30 (the 1900 leap-year bug makes day 60 the only wrong one, long past).
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** An ISO date as a spreadsheet day number; null when it is not YYYY-MM-DD. */
export function dateSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH_MS) / DAY_MS;
}

/** 'A', 'B', …, 'Z', 'AA', … for a 0-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(cell: XlsxCell, ref: string, text: (s: string) => number): string {
  if (cell === null) return '';
  const num = (value: number | null, style: number) =>
    value === null || !Number.isFinite(value) ? '' : `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  switch (cell.kind) {
    case 'number':
      return num(cell.value, XF.plain);
    case 'date':
      return num(dateSerial(cell.value), XF.date);
    case 'time':
      return num(cell.value / 1440, XF.time);
    case 'text':
      return `<c r="${ref}" s="${cell.wrap ? XF.wrap : XF.plain}" t="s"><v>${text(cell.value)}</v></c>`;
  }
}

/** The workbook's bytes. */
export function buildXlsx(sheet: XlsxSheet): Uint8Array<ArrayBuffer> {
  return buildXlsxBook([sheet]);
}

/** A workbook of several sheets (sharing one table of strings), in the order given. */
export function buildXlsxBook(sheets: readonly XlsxSheet[]): Uint8Array<ArrayBuffer> {
  const strings: string[] = [];
  const seen = new Map<string, number>();
  const text = (s: string) => {
    let i = seen.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      seen.set(s, i);
    }
    return i;
  };
  const utf8 = new TextEncoder();
  const parts = sheets.map((sheet, i): [string, Uint8Array] => [
    `xl/worksheets/sheet${i + 1}.xml`,
    utf8.encode(sheetXml(sheet, text)),
  ]);
  const files: Record<string, string> = {
    '[Content_Types].xml': contentTypes(sheets.length),
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': workbookXml(sheets.map((s) => s.name)),
    'xl/_rels/workbook.xml.rels': workbookRels(sheets.length),
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': sharedStringsXml(strings),
  };
  return zipStored([
    ...Object.entries(files).map(([name, xml]): [string, Uint8Array] => [name, utf8.encode(xml)]),
    ...parts,
  ]);
}

function sheetXml(sheet: XlsxSheet, text: (s: string) => number): string {
  const header = sheet.header.map((h) => ({ kind: 'text', value: h }) as const);
  const rowXml = (cells: readonly XlsxCell[], r: number, style?: number) => {
    const body = cells.map((c, i) => cellXml(c, `${columnName(i)}${r}`, text)).join('');
    return `<row r="${r}">${style === undefined ? body : body.replace(/ s="0"/g, ` s="${style}"`)}</row>`;
  };
  const rows = [rowXml(header, 1, XF.header), ...sheet.rows.map((cells, i) => rowXml(cells, i + 2))];
  const cols = (sheet.widths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return `${SHEET_OPEN}${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}
