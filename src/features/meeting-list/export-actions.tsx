import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { serializeShortlistFile } from '@/data/parse-shortlist-file';
import { exportFileName, type MeetingEvent } from '@/domain/event';
import { buildMeetingCsv, toCsvRow } from '@/domain/export-csv';
import { buildIcs } from '@/domain/export-ics';
import { icsTimestamp } from '@/domain/ics-text';
import { buildIcsMeetings } from '@/domain/ics-meetings';
import type { MeetingRow } from '@/domain/meeting-rows';
import type { Shortlist } from '@/domain/shortlist';
import { downloadText } from '@/features/meeting-list/download';

export const ICS_UID_DOMAIN = 'eu-mx-matchmaking.local';

interface ExportActionsProps {
  list: Shortlist | null;
  event: MeetingEvent;
  rows: readonly MeetingRow[];
  /** Problems from validateEvent: a calendar needs a valid date and times. */
  eventProblems: readonly string[];
}

export function ExportActions({ list, event, rows, eventProblems }: ExportActionsProps) {
  const { t } = useTranslation('meetings');
  const [error, setError] = useState<string | null>(null);
  const scheduled = rows.filter((r) => r.meeting !== null).length;

  const downloadCsv = () => {
    setError(null);
    downloadText(exportFileName(event, 'csv'), buildMeetingCsv(rows.map(toCsvRow)), 'text/csv;charset=utf-8');
  };
  const downloadIcs = () => {
    setError(null);
    try {
      const ics = buildIcs(event, buildIcsMeetings(rows, event), {
        dtstamp: icsTimestamp(new Date()),
        uidDomain: ICS_UID_DOMAIN,
      });
      downloadText(exportFileName(event, 'ics'), ics, 'text/calendar;charset=utf-8');
    } catch (e) {
      setError(
        t('exportActions.icsFailed', { reason: e instanceof Error ? e.message : t('exportActions.unknownError') }),
      );
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
        <Button onClick={downloadIcs} disabled={scheduled === 0 || eventProblems.length > 0}>
          {t('exportActions.ics')}
        </Button>
        <Button onClick={exportJson} disabled={!list}>
          {t('exportActions.json')}
        </Button>
      </div>
      {scheduled === 0 && rows.length > 0 && (
        <p className="text-xs text-slate-700">{t('exportActions.needsMeeting')}</p>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
