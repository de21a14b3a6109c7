// The .xlsx adapter over the sheet rows: which cell type each column is. The workbook writer
// (src/domain/xlsx.ts, with its zip library) is loaded only when the user asks for the file.
import { parseTime } from '@/domain/dates';
import type { MeetingSheetRow } from '@/domain/meeting-sheet';
import { meetingSheetHeader, MEETING_SHEET_COLUMNS, type MeetingSheetColumn } from '@/domain/meeting-sheet';
import type { XlsxCell, XlsxSheet } from '@/domain/xlsx';
import { tr } from '@/i18n/i18n';

const KIND: Record<MeetingSheetColumn, CellKind> = {
  date: 'date',
  session: 'text',
  start: 'time',
  end: 'time',
  table: 'number',
  partner: 'text',
  state: 'text',
  sectors: 'text',
  score: 'number',
  escaLabel: 'text',
  labelValidUntil: 'date',
  eccpMember: 'text',
  website: 'text',
  contact: 'text',
  email: 'text',
  phone: 'text',
  notes: 'text',
  outcome: 'text',
  outcomeNote: 'text',
  sources: 'text',
};

const WIDTH: Record<MeetingSheetColumn, number> = {
  date: 11,
  session: 14,
  start: 7,
  end: 7,
  table: 7,
  partner: 40,
  state: 16,
  sectors: 28,
  score: 8,
  escaLabel: 18,
  labelValidUntil: 12,
  eccpMember: 9,
  website: 30,
  contact: 28,
  email: 28,
  phone: 18,
  notes: 40,
  outcome: 12,
  outcomeNote: 40,
  sources: 40,
};

export type CellKind = 'date' | 'time' | 'number' | 'text';

/** A sheet value as its typed cell: an ISO date, an 'HH:MM' time, a number or text; null stays empty. */
export function typedCell(kind: CellKind, value: string | number | null, wrap = false): XlsxCell {
  if (value === null) return null;
  if (kind === 'number') return typeof value === 'number' ? { kind, value } : null;
  const text = String(value);
  if (kind === 'time') {
    const minutes = parseTime(text);
    return minutes === null ? null : { kind, value: minutes };
  }
  return kind === 'text' ? { kind, value: text, wrap } : { kind, value: text };
}

const cell = (row: MeetingSheetRow, column: MeetingSheetColumn): XlsxCell =>
  typedCell(KIND[column], row[column], column === 'notes' || column === 'outcomeNote');

/** The meeting list as a sheet, headers and sheet name in the active language. */
export function meetingXlsxSheet(rows: readonly MeetingSheetRow[]): XlsxSheet {
  return {
    name: tr('files:xlsx.sheet'),
    header: meetingSheetHeader(),
    rows: rows.map((row) => MEETING_SHEET_COLUMNS.map((c) => cell(row, c))),
    widths: MEETING_SHEET_COLUMNS.map((c) => WIDTH[c]),
  };
}
