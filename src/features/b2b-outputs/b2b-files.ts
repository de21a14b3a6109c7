// What each download button writes: the sheet rows through the shared CSV and workbook writers,
// and one calendar per participant (all of them in one zip for the whole event).
import { downloadText } from '@/components/download';
import type { PartnerFacts } from '@/domain/b2b/agenda-participants';
import { participantsOnSide } from '@/domain/b2b/agenda-participants';
import { EVENT_COLUMNS, PARTICIPANT_COLUMNS } from '@/domain/b2b/export-columns';
import { b2bCsv, b2bXlsxSheet } from '@/domain/b2b/export-files';
import { exportSequence, participantCalendar, participantFileStem } from '@/domain/b2b/export-ics';
import { eventSheetRows, participantSheetRows } from '@/domain/b2b/export-sheet';
import type { B2bResult } from '@/domain/b2b/participants';
import type { CsvDelimiter } from '@/domain/csv-delimiter';
import { icsTimestamp } from '@/domain/ics-text';
import type { XlsxSheet } from '@/domain/xlsx';
import { tr } from '@/i18n/i18n';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_MIME = 'text/csv;charset=utf-8';
const ICS_MIME = 'text/calendar;charset=utf-8';

export interface B2bFileContext {
  result: B2bResult;
  eventId: string;
  partnerFacts?: PartnerFacts;
  delimiter: CsvDelimiter;
  reminderMinutes: number;
}

/** Whose files: one participant by name, or the whole event (null). */
export type FileScope = string | null;

const stem = (ctx: B2bFileContext, scope: FileScope) =>
  scope === null ? `${tr('b2bOutputs:file.event')}-${ctx.eventId}` : participantFileStem(scope);

function rowsOf(ctx: B2bFileContext, scope: FileScope) {
  return scope === null
    ? { rows: eventSheetRows(ctx.result), columns: EVENT_COLUMNS }
    : { rows: participantSheetRows(ctx.result, scope, ctx.partnerFacts), columns: PARTICIPANT_COLUMNS };
}

export function downloadCsv(ctx: B2bFileContext, scope: FileScope): void {
  const { rows, columns } = rowsOf(ctx, scope);
  downloadText(`${stem(ctx, scope)}.csv`, b2bCsv(rows, columns, ctx.delimiter), CSV_MIME);
}

export async function downloadXlsx(ctx: B2bFileContext, scope: FileScope): Promise<void> {
  const { rows, columns } = rowsOf(ctx, scope);
  const sheet: XlsxSheet = b2bXlsxSheet(scope ?? tr('b2bOutputs:file.sheet'), rows, columns);
  // The writer's own chunk, shared with the meeting list's Excel button.
  const { buildXlsx } = await import('@/domain/xlsx');
  downloadText(`${stem(ctx, scope)}.xlsx`, new Uint8Array(buildXlsx(sheet)), XLSX_MIME);
}

function calendar(ctx: B2bFileContext, name: string, now: Date): string {
  return participantCalendar(ctx.result, name, {
    eventId: ctx.eventId,
    dtstamp: icsTimestamp(now),
    sequence: exportSequence(now),
    reminderMinutes: ctx.reminderMinutes,
    extra: ctx.partnerFacts,
  });
}

/** One participant's .ics, or a zip with one .ics per participant of both sides. */
export async function downloadIcs(ctx: B2bFileContext, scope: FileScope): Promise<void> {
  const now = new Date();
  if (scope !== null) {
    downloadText(`${stem(ctx, scope)}.ics`, calendar(ctx, scope, now), ICS_MIME);
    return;
  }
  const { zipStored } = await import('@/domain/zip-store');
  const utf8 = new TextEncoder();
  const everyone = [...participantsOnSide(ctx.result, 'eu'), ...participantsOnSide(ctx.result, 'mx')];
  const files = everyone.map((p): [string, Uint8Array] => [
    `${participantFileStem(p.name)}.ics`,
    utf8.encode(calendar(ctx, p.name, now)),
  ]);
  downloadText(`${tr('b2bOutputs:file.calendars')}-${ctx.eventId}.zip`, zipStored(files), 'application/zip');
}
