import Papa from 'papaparse';
import type { ScheduledMeeting } from '@/domain/event';

export const MEETING_CSV_HEADER = [
  'Order',
  'Time',
  'Cluster',
  'State',
  'Sectors',
  'ESCA label',
  'Label validity',
  'ECCP member',
  'Score',
  'Website',
  'Notes',
  'Sources',
] as const;

/** One printed line of the meeting list; the caller formats lists ('; '-joined) and booleans ('yes'/'no'). */
export interface MeetingCsvRow {
  order: number;
  /** 'HH:MM–HH:MM', 'not scheduled' for overflow, '' when there is no event. */
  time: string;
  cluster: string;
  state: string;
  sectors: string;
  escaLabel: string;
  labelValidity: string;
  eccpMember: string;
  score: number | null;
  website: string;
  notes: string;
  sources: string;
}

export const NOT_SCHEDULED = 'not scheduled';

/** Time cell: 'HH:MM–HH:MM' (en dash) for a scheduled meeting, 'not scheduled' otherwise. */
export function meetingTimeCell(meeting: Pick<ScheduledMeeting, 'start' | 'end'> | null | undefined): string {
  return meeting ? `${meeting.start}–${meeting.end}` : NOT_SCHEDULED;
}

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// a leading apostrophe makes Excel and LibreOffice show it as plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cells(row: MeetingCsvRow): Array<string | number> {
  const text = [row.time, row.cluster, row.state, row.sectors, row.escaLabel, row.labelValidity, row.eccpMember].map(
    guardFormula,
  );
  const score = row.score === null || !Number.isFinite(row.score) ? '' : row.score;
  return [row.order, ...text, score, guardFormula(row.website), guardFormula(row.notes), guardFormula(row.sources)];
}

/** UTF-8 with a BOM so Excel reads accents ('Querétaro') correctly; CRLF as RFC 4180 asks. */
export function buildMeetingCsv(rows: readonly MeetingCsvRow[]): string {
  const csv = Papa.unparse(
    { fields: [...MEETING_CSV_HEADER], data: rows.map(cells) },
    { newline: '\r\n', quotes: false, header: true },
  );
  return `\uFEFF${csv}\r\n`;
}
