// Reads every sheet of an .xlsx (ECMA-376 SpreadsheetML) as rows of the strings a spreadsheet
// shows: shared and inline strings, numbers, booleans, and dates as 'YYYY-MM-DD' and times as
// 'HH:MM' when the cell's number format is a date or time one. Formulas give their cached value.
// Loaded on demand (import() where a file is picked), so it imports only its own small helpers.
import { scanXml } from '@/domain/xml-scan';
import { sheetRows, type CellContext } from '@/domain/xlsx-cells';
import { builtInKind, formatKind, type ValueKind } from '@/domain/xlsx-formats';
import { openZip, ZipReadError } from '@/domain/zip-read';

export { ZipReadError };

export interface SheetRows {
  name: string;
  /** Row i is the sheet's row i + 1; a missing cell or row is '' or []. No trailing empty cells. */
  rows: string[][];
}

/** Text of `<t>` elements, skipping phonetic runs (`<rPh>`), in each `item` element. */
function texts(xml: string, item: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  for (const tok of scanXml(xml)) {
    if (tok.kind === 'open') {
      if (tok.name === item) current = tok.selfClosing ? (out.push(''), null) : '';
      else if (tok.name === 'rPh' && !tok.selfClosing) phonetic++;
      else if (tok.name === 't' && !tok.selfClosing) inT = true;
    } else if (tok.kind === 'close') {
      if (tok.name === item && current !== null) {
        out.push(current);
        current = null;
      } else if (tok.name === 'rPh') phonetic--;
      else if (tok.name === 't') inT = false;
    } else if (inT && phonetic === 0 && current !== null) current += tok.text;
  }
  return out;
}

/** The kind of value each style index (a cell's `s`) shows. */
function styleKinds(xml: string | null): ValueKind[] {
  if (!xml) return [];
  const custom = new Map<number, ValueKind>();
  const kinds: ValueKind[] = [];
  let inCellXfs = false;
  for (const tok of scanXml(xml)) {
    if (tok.kind === 'open' && tok.name === 'numFmt') {
      custom.set(Number(tok.attrs.numFmtId), formatKind(tok.attrs.formatCode ?? ''));
    } else if (tok.kind === 'open' && tok.name === 'cellXfs') inCellXfs = !tok.selfClosing;
    else if (tok.kind === 'close' && tok.name === 'cellXfs') inCellXfs = false;
    else if (tok.kind === 'open' && tok.name === 'xf' && inCellXfs) {
      const id = Number(tok.attrs.numFmtId ?? 0);
      kinds.push(custom.get(id) ?? builtInKind(id));
    }
  }
  return kinds;
}

/** Where a relationship target points, from the xl/ folder the workbook lives in. */
const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);

/** Every sheet of the workbook, in tab order. Throws ZipReadError when the bytes are no .xlsx. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetRows[]> {
  const zip = openZip(bytes);
  const utf8 = new TextDecoder();
  const text = async (name: string) => {
    const data = await zip.read(name);
    return data ? utf8.decode(data) : null;
  };
  const workbook = await text('xl/workbook.xml');
  if (workbook === null) throw new ZipReadError('not-zip');
  const targets = new Map<string, string>();
  for (const tok of scanXml((await text('xl/_rels/workbook.xml.rels')) ?? '')) {
    if (tok.kind === 'open' && tok.name === 'Relationship') targets.set(tok.attrs.Id ?? '', tok.attrs.Target ?? '');
  }
  const sheets: Array<{ name: string; path: string }> = [];
  let date1904 = false;
  for (const tok of scanXml(workbook)) {
    if (tok.kind !== 'open') continue;
    if (tok.name === 'workbookPr') date1904 = tok.attrs.date1904 === '1' || tok.attrs.date1904 === 'true';
    if (tok.name !== 'sheet') continue;
    const target = targets.get(tok.attrs.id ?? '');
    sheets.push({
      name: tok.attrs.name ?? '',
      path: target ? resolve(target) : `xl/worksheets/sheet${sheets.length + 1}.xml`,
    });
  }
  const shared = await text('xl/sharedStrings.xml');
  const ctx: CellContext = {
    strings: shared ? texts(shared, 'si') : [],
    kinds: styleKinds(await text('xl/styles.xml')),
    date1904,
  };
  const out: SheetRows[] = [];
  for (const sheet of sheets) {
    const xml = await text(sheet.path);
    // A chart sheet or a missing part has no cells: an empty sheet, not a failure.
    out.push({ name: sheet.name, rows: xml ? sheetRows(xml, ctx) : [] });
  }
  return out;
}
