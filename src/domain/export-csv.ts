import Papa from 'papaparse';
import type { ScheduledMeeting } from '@/domain/event';
import { notStated } from '@/domain/format';
import { tr } from '@/i18n/i18n';
import { labelLevelName, labelValidityText, noLabelText } from '@/domain/labels';
import { meetingPartnerName, type MeetingRow } from '@/domain/meeting-rows';

/** The English header, fixed for tests and readers of English files; `meetingCsvHeader()` is what a file gets. */
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

/** The header in the active language: a CSV is written in the language the user exports in. */
export function meetingCsvHeader(): string[] {
  return [
    tr('exports:csv.order'),
    tr('exports:csv.time'),
    tr('exports:csv.cluster'),
    tr('exports:csv.state'),
    tr('exports:csv.sectors'),
    tr('exports:csv.escaLabel'),
    tr('exports:csv.labelValidity'),
    tr('exports:csv.eccpMember'),
    tr('exports:csv.score'),
    tr('exports:csv.website'),
    tr('exports:csv.notes'),
    tr('exports:csv.sources'),
  ];
}

/** One CSV line as text cells in the active language: lists '; '-joined, booleans 'yes'/'no', gaps 'not stated in the sources'. */
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

/** 'not scheduled' / 'sin horario': a meeting that did not fit the sessions. */
export function notScheduledText(): string {
  return tr('exports:cell.notScheduled');
}

/** Time cell: 'HH:MM–HH:MM' (en dash) for a scheduled meeting, 'not scheduled' otherwise. */
export function meetingTimeCell(meeting: Pick<ScheduledMeeting, 'start' | 'end'> | null | undefined): string {
  return meeting ? `${meeting.start}–${meeting.end}` : notScheduledText();
}

/** 'yes' / 'no' ('sí' / 'no'), or 'not stated in the sources' for a cluster the dataset does not have. */
export function eccpCell(member: boolean | null): string {
  if (member === null) return notStated();
  return member ? tr('exports:cell.yes') : tr('exports:cell.no');
}

/** The CSV adapter over the typed meeting row. */
export function toCsvRow(row: MeetingRow): MeetingCsvRow {
  const orNotStated = (text: string | null) => (row.known ? (text ?? notStated()) : notStated());
  const label = row.label;
  return {
    order: row.order,
    time: meetingTimeCell(row.meeting),
    cluster: meetingPartnerName(row),
    state: orNotStated(row.stateName),
    sectors: orNotStated(row.sectors.join('; ') || null),
    escaLabel: orNotStated(label ? labelLevelName(label.level) : noLabelText()),
    labelValidity: orNotStated(label ? labelValidityText(label) : tr('exports:cell.notApplicable')),
    eccpMember: eccpCell(row.eccpMember),
    score: row.score,
    website: orNotStated(row.website),
    notes: row.notes,
    sources: orNotStated(row.sources.join('; ') || null),
  };
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

/**
 * Every CSV the app writes: UTF-8 with a BOM so Excel reads accents ('Querétaro') correctly; CRLF
 * as RFC 4180 asks. Text cells must already be passed through `guardFormula`.
 */
export function buildCsv(fields: readonly string[], data: ReadonlyArray<Array<string | number>>): string {
  const csv = Papa.unparse({ fields: [...fields], data: [...data] }, { newline: '\r\n', quotes: false, header: true });
  return `\uFEFF${csv}\r\n`;
}

export function buildMeetingCsv(rows: readonly MeetingCsvRow[]): string {
  return buildCsv(meetingCsvHeader(), rows.map(cells));
}
