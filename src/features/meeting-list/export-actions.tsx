import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { serializeShortlistFile } from '@/data/parse-shortlist-file';
import { eventSlug, exportFileName, type MeetingEvent } from '@/domain/event';
import { buildMeetingCsv } from '@/domain/export-csv';
import { buildIcs, ICS_UID_DOMAIN } from '@/domain/export-ics';
import { icsTimestamp } from '@/domain/ics-text';
import { buildIcsMeetings } from '@/domain/ics-meetings';
import { meetingXlsxSheet } from '@/domain/export-xlsx';
import type { MeetingRow } from '@/domain/meeting-rows';
import { toSheetRow } from '@/domain/meeting-sheet';
import type { Shortlist } from '@/domain/shortlist';
import { downloadText } from '@/components/download';
import { ContactExports } from '@/features/meeting-list/contact-exports';
import { ExportOptions } from '@/features/meeting-list/export-options';
import { useCsvDelimiter, useReminderMinutes } from '@/stores/export-settings';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ExportActionsProps {
  list: Shortlist | null;
  event: MeetingEvent;
  rows: readonly MeetingRow[];
  /** Problems from validateEvent: a calendar needs a valid date and times. */
  eventProblems: readonly string[];
}

export function ExportActions({ list, event, rows, eventProblems }: ExportActionsProps) {
  const { t } = useTranslation('meetings');
  const { t: tf } = useTranslation('files');
  const { t: tm } = useTranslation('mend');
  const [error, setError] = useState<string | null>(null);
  const delimiter = useCsvDelimiter();
  const reminder = useReminderMinutes();
  const scheduled = rows.filter((r) => r.meeting !== null).length;
  const reason = (e: unknown) => (e instanceof Error ? e.message : t('exportActions.unknownError'));

  const downloadCsv = () => {
    setError(null);
    const csv = buildMeetingCsv(
      rows.map((r) => toSheetRow(r, event)),
      delimiter,
    );
    downloadText(exportFileName(event, 'csv'), csv, 'text/csv;charset=utf-8');
  };
  const downloadXlsx = async () => {
    setError(null);
    try {
      const sheet = meetingXlsxSheet(rows.map((r) => toSheetRow(r, event)));
      // A chunk of its own (the writer and its zip library): no other screen pays for it.
      const { buildXlsx } = await import('@/domain/xlsx');
      const bytes = buildXlsx(sheet);
      downloadText(exportFileName(event, 'xlsx'), new Uint8Array(bytes), XLSX_MIME);
    } catch (e) {
      setError(tf('xlsx.failed', { reason: reason(e) }));
    }
  };
  const downloadIcs = () => {
    setError(null);
    try {
      const ics = buildIcs(event, buildIcsMeetings(rows, event), {
        dtstamp: icsTimestamp(new Date()),
        uidDomain: ICS_UID_DOMAIN,
        calendarId: list?.id ?? eventSlug(event),
        sequence: list?.revision ?? 0,
        reminderMinutes: reminder,
      });
      downloadText(exportFileName(event, 'ics'), ics, 'text/calendar;charset=utf-8');
    } catch (e) {
      setError(t('exportActions.icsFailed', { reason: reason(e) }));
    }
  };
  const exportJson = () => {
    if (!list) return;
    setError(null);
    downloadText(
      exportFileName(event, 'shortlist-json'),
      serializeShortlistFile(list, new Date().toISOString()),
      'application/json',
    );
  };

  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap gap-1.5">
        <Button onClick={downloadCsv} disabled={rows.length === 0}>
          {t('exportActions.csv')}
        </Button>
        <Button onClick={() => void downloadXlsx()} disabled={rows.length === 0}>
          {tf('xlsx.button')}
        </Button>
        <Button onClick={downloadIcs} disabled={scheduled === 0 || eventProblems.length > 0}>
          {t('exportActions.ics')}
        </Button>
        <Button onClick={exportJson} disabled={!list}>
          {t('exportActions.json')}
        </Button>
        <ContactExports event={event} rows={rows} />
      </div>
      {/* A published file can only cancel what it names, and nothing records what an earlier file held. */}
      <p className="text-xs text-slate-700">{tm('mend:calendar.removed')}</p>
      <ExportOptions />
      {scheduled === 0 && rows.length > 0 && (
        <p className="text-xs text-slate-700">{t('exportActions.needsMeeting')}</p>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
