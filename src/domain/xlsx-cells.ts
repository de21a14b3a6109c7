// The cells of one worksheet part as the strings a spreadsheet shows, placed by their references
// (r="C2"), so that gaps left by empty cells and rows stay where they are.
import { serialText, type ValueKind } from '@/domain/xlsx-formats';
import { scanXml } from '@/domain/xml-scan';

/** 0-based column of a reference such as 'C2'; null when there is none. */
function columnIndex(ref: string | undefined): number | null {
  const m = ref ? /^([A-Z]+)/i.exec(ref) : null;
  if (!m) return null;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

// Excel keeps 17 significant digits (0.1 + 0.2 is stored as 0.30000000000000004) but shows 15.
const numberText = (v: string) => {
  const n = Number(v);
  return v.trim() === '' || !Number.isFinite(n) ? v : String(Number(n.toPrecision(15)));
};

export interface CellContext {
  strings: string[];
  kinds: ValueKind[];
  date1904: boolean;
}

function cellText(type: string, style: number, value: string, inline: string, ctx: CellContext): string {
  switch (type) {
    case 's':
      return ctx.strings[Number(value)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
    case 'e':
      return value;
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    case 'd': // ISO 8601 text (strict Open XML): the date, or the time when there is no date part.
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : (/T?(\d{2}:\d{2})/.exec(value)?.[1] ?? value);
  }
  const kind = ctx.kinds[style] ?? 'number';
  const n = Number(value);
  if (kind === 'number' || value.trim() === '' || !Number.isFinite(n)) return numberText(value);
  return serialText(n, kind, ctx.date1904);
}

export function sheetRows(xml: string, ctx: CellContext): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell: { col: number; type: string; style: number } | null = null;
  let value = '';
  let inline = '';
  let into: 'v' | 't' | null = null;
  let phonetic = false;
  for (const tok of scanXml(xml)) {
    if (tok.kind === 'text') {
      if (into === 'v') value += tok.text;
      else if (into === 't') inline += tok.text;
    } else if (tok.kind === 'open') {
      if (tok.name === 'row') {
        const r = Number(tok.attrs.r);
        row = [];
        while (rows.length < (Number.isInteger(r) && r > 0 ? r - 1 : rows.length)) rows.push([]);
        rows.push(row);
      } else if (tok.name === 'c') {
        const col = columnIndex(tok.attrs.r) ?? row.length;
        cell = { col, type: tok.attrs.t ?? 'n', style: Number(tok.attrs.s ?? 0) };
        value = inline = '';
        if (tok.selfClosing) cell = null;
      } else if (cell && !tok.selfClosing && (tok.name === 'v' || (tok.name === 't' && !phonetic))) into = tok.name;
      else if (tok.name === 'rPh' && !tok.selfClosing) phonetic = true;
    } else if (tok.name === 'v' || tok.name === 't') into = null;
    else if (tok.name === 'rPh') phonetic = false;
    else if (tok.name === 'c' && cell) {
      const text = cellText(cell.type, cell.style, value, inline, ctx);
      if (text !== '') {
        while (row.length < cell.col) row.push('');
        row[cell.col] = text;
      }
      cell = null;
    }
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
