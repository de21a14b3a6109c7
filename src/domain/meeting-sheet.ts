// The agenda as a sheet: one typed row per meeting, in the columns a spreadsheet user sorts and sums
// by. The CSV and the .xlsx adapters write these cells; neither formats a value of its own.
import type { MeetingEvent, ScheduledMeeting } from '@/domain/event';
import { notStated } from '@/domain/format';
import { labelLevelName, noLabelText, type JudgedLabel } from '@/domain/labels';
import { eccpCell, meetingPartnerName, notScheduledText, type MeetingRow } from '@/domain/meeting-rows';
import { contactsCells } from '@/domain/contacts-cells';
import { outcomeName } from '@/domain/outcomes';
import { tr } from '@/i18n/i18n';

export interface MeetingSheetRow {
  /** ISO date (YYYY-MM-DD) of a scheduled meeting; null when it did not fit. */
  date: string | null;
  /** The session's name, or 'not scheduled'. */
  session: string;
  /** 'HH:MM' in the event's time zone. */
  start: string | null;
  end: string | null;
  table: number | null;
  partner: string;
  state: string;
  sectors: string;
  /** 0..100, one decimal at most; null for a cluster the dataset does not have. */
  score: number | null;
  escaLabel: string;
  /** ISO date; null for no label or a label without a stated date. */
  labelValidUntil: string | null;
  eccpMember: string;
  website: string;
  /** The user's contact persons ('Ana Pérez (director)'), '; ' between persons; empty when none. */
  contact: string;
  email: string;
  phone: string;
  notes: string;
  /** 'met', 'not met', 'follow-up' or empty when not marked. */
  outcome: string;
  outcomeNote: string;
  sources: string;
}

export type MeetingSheetColumn = keyof MeetingSheetRow;

export const MEETING_SHEET_COLUMNS = [
  'date',
  'session',
  'start',
  'end',
  'table',
  'partner',
  'state',
  'sectors',
  'score',
  'escaLabel',
  'labelValidUntil',
  'eccpMember',
  'website',
  'contact',
  'email',
  'phone',
  'notes',
  'outcome',
  'outcomeNote',
  'sources',
] as const satisfies readonly MeetingSheetColumn[];

/** The English header, fixed for tests and readers of English files; `meetingSheetHeader()` is what a file gets. */
export const MEETING_SHEET_HEADER = [
  'Date',
  'Session',
  'Start',
  'End',
  'Table',
  'Partner',
  'State',
  'Sectors',
  'Score',
  'ESCA label',
  'Label valid until',
  'ECCP member',
  'Website',
  'Contact',
  'E-mail',
  'Phone',
  'Notes',
  'Outcome',
  'Outcome note',
  'Sources',
] as const;

const HEADER: Record<MeetingSheetColumn, () => string> = {
  date: () => tr('files:column.date'),
  session: () => tr('files:column.session'),
  start: () => tr('files:column.start'),
  end: () => tr('files:column.end'),
  table: () => tr('files:column.table'),
  partner: () => tr('files:column.partner'),
  state: () => tr('exports:csv.state'),
  sectors: () => tr('exports:csv.sectors'),
  score: () => tr('exports:csv.score'),
  escaLabel: () => tr('exports:csv.escaLabel'),
  labelValidUntil: () => tr('files:column.labelValidUntil'),
  eccpMember: () => tr('exports:csv.eccpMember'),
  website: () => tr('exports:csv.website'),
  contact: () => tr('contacts:column.contact'),
  email: () => tr('contacts:column.email'),
  phone: () => tr('contacts:column.phone'),
  notes: () => tr('exports:csv.notes'),
  outcome: () => tr('contacts:column.outcome'),
  outcomeNote: () => tr('contacts:column.outcomeNote'),
  sources: () => tr('exports:csv.sources'),
};

/** The header in the active language: a file is written in the language the user exports in. */
export function meetingSheetHeader(): string[] {
  return MEETING_SHEET_COLUMNS.map((c) => HEADER[c]());
}

/** The session's name as the user typed it (its id when the name is empty). */
export function sessionName(event: MeetingEvent, meeting: Pick<ScheduledMeeting, 'sessionId'>): string {
  const session = event.sessions.find((s) => s.id === meeting.sessionId);
  return session?.label.trim() || meeting.sessionId;
}

/** 'Gold', 'Gold (expired)', 'Gold (no date stated)' or 'No ESCA label'. */
export function labelCell(label: JudgedLabel | null): string {
  if (!label) return noLabelText();
  const level = labelLevelName(label.level);
  if (label.status === 'valid') return level;
  return label.status === 'expired' ? tr('files:label.expired', { level }) : tr('files:label.undated', { level });
}

const roundScore = (score: number) => Math.round(score * 10) / 10;

/** The sheet adapter over the typed meeting row. */
export function toSheetRow(row: MeetingRow, event: MeetingEvent): MeetingSheetRow {
  const orNotStated = (text: string | null) => (row.known ? (text ?? notStated()) : notStated());
  const { meeting, label } = row;
  return {
    date: meeting ? event.date : null,
    session: meeting ? sessionName(event, meeting) : notScheduledText(),
    start: meeting?.start ?? null,
    end: meeting?.end ?? null,
    table: meeting?.table ?? null,
    partner: meetingPartnerName(row),
    state: orNotStated(row.stateName),
    sectors: orNotStated(row.sectors.join('; ') || null),
    score: row.score === null ? null : roundScore(row.score),
    escaLabel: row.known ? labelCell(label) : notStated(),
    labelValidUntil: label?.status === 'undated' ? null : (label?.validUntil ?? null),
    eccpMember: eccpCell(row.eccpMember),
    website: orNotStated(row.website),
    ...contactsCells(row.contacts),
    notes: row.notes,
    outcome: row.outcome ? outcomeName(row.outcome.status) : '',
    outcomeNote: row.outcome?.note.trim() ?? '',
    sources: orNotStated(row.sources.join('; ') || null),
  };
}
