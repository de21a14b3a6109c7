import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintSheet } from '@/components/print-sheet';
import type { MeetingEvent } from '@/domain/event';
import { formatIsoDate, formatNumber } from '@/domain/format';
import { overflowHeading, timeZoneName } from '@/features/meeting-list/event-model';
import { notScheduledText, type MeetingRow } from '@/domain/meeting-rows';
import { PrintAgenda } from '@/features/meeting-list/print-agenda';

interface PrintViewProps {
  listName: string | null;
  event: MeetingEvent;
  rows: readonly MeetingRow[];
  euClusterName: string | null;
  includeReasons: boolean;
  /** Optional map of the meetings, printed under the header. */
  map?: ReactNode;
  onClose: () => void;
}

/** An A4 page of the meeting list; everything else on the page is hidden while printing. */
export function PrintView({ listName, event, rows, euClusterName, includeReasons, map, onClose }: PrintViewProps) {
  const { t } = useTranslation('meetings');
  const scheduled = rows.filter((r) => r.meeting !== null).length;
  const unscheduled = rows.length - scheduled;

  return (
    <PrintSheet label={t('print.dialog')} printLabel={t('print.print')} closeLabel={t('print.close')} onClose={onClose}>
      <header className="mb-3 border-b-2 border-slate-900 pb-2 wrap-anywhere">
        <h1 className="text-2xl font-bold">{event.name || t('print.fallbackTitle')}</h1>
        <p className="text-base">
          {[formatIsoDate(event.date), event.place, timeZoneName(event.timeZone)].filter(Boolean).join(' · ')}
        </p>
        {euClusterName && <p className="text-base">{t('print.euCluster', { name: euClusterName })}</p>}
        <p className="text-sm">
          {[
            listName && t('print.shortlist', { name: listName }),
            t('print.scheduled', {
              count: rows.length,
              n: formatNumber(rows.length, 0),
              scheduled: formatNumber(scheduled, 0),
            }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {unscheduled > 0 && (
          <p className="mt-1 font-semibold">
            ⚠ {t('print.overflow', { heading: overflowHeading(unscheduled), notScheduled: notScheduledText() })}
          </p>
        )}
      </header>
      {map && <div className="mb-3">{map}</div>}
      <PrintAgenda event={event} rows={rows} includeReasons={includeReasons} />
    </PrintSheet>
  );
}
