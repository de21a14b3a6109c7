import { useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { HIDE_IN_PRINT, usePrintAlone } from '@/components/print-alone';
import type { MeetingEvent } from '@/domain/event';
import { formatIsoDate, formatNumber, formatPoints, notStated } from '@/domain/format';
import { overflowHeading, timeZoneName } from '@/features/meeting-list/event-model';
import { eccpCell, meetingTimeCell, notScheduledText } from '@/domain/export-csv';
import { labelSummary } from '@/domain/labels';
import { meetingPartnerName, type MeetingRow } from '@/domain/meeting-rows';
import '@/features/meeting-list/print.css';

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

const TH = 'border-b-2 border-slate-900 px-1.5 py-1 text-left';
const TD = 'px-1.5 py-1 align-top';

/** An A4 page of the meeting list; everything else on the page is hidden while printing. */
export function PrintView({ listName, event, rows, euClusterName, includeReasons, map, onClose }: PrintViewProps) {
  const { t, i18n } = useTranslation('meetings');
  const nameLang = i18n.language === 'es' ? undefined : 'es';
  const ref = useRef<HTMLDialogElement>(null);
  const showTables = event.tables;
  const scheduled = rows.filter((r) => r.meeting !== null).length;
  const unscheduled = rows.length - scheduled;

  usePrintAlone(ref);

  return createPortal(
    // A body child, so printing can hide everything else. On paper the dialog leaves the viewport
    // box (top-layer elements are never static) and grows with its rows across pages.
    <Dialog
      ref={ref}
      label={t('print.dialog')}
      onClose={onClose}
      className="fixed inset-0 h-full max-h-none w-full max-w-none overflow-auto bg-white p-6 text-slate-900 backdrop:bg-transparent print:absolute print:bottom-auto print:h-auto print:overflow-visible print:p-0"
    >
      <div className={`mb-4 flex gap-2 ${HIDE_IN_PRINT}`}>
        <Button variant="primary" size="md" onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <Button variant="neutral" size="md" onClick={onClose}>
          {t('print.close')}
        </Button>
      </div>
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
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <th className={TH}>#</th>
            <th className={TH}>{t('print.column.time')}</th>
            <th className={TH}>{t('print.column.cluster')}</th>
            <th className={TH}>{t('print.column.state')}</th>
            <th className={TH}>{t('print.column.escaLabel')}</th>
            <th className={TH}>{t('print.column.eccp')}</th>
            <th className={TH}>{t('print.column.score')}</th>
            {showTables && <th className={TH}>{t('print.column.table')}</th>}
          </tr>
        </thead>
        {rows.map((row) => (
          // One tbody per meeting so a page break never falls inside a meeting.
          <tbody key={row.clusterId} className="break-inside-avoid border-b border-slate-400">
            <tr className="break-inside-avoid">
              <td className={`${TD} tabular-nums`}>{row.order}</td>
              <td className={`${TD} whitespace-nowrap tabular-nums font-semibold`}>{meetingTimeCell(row.meeting)}</td>
              <td lang={row.known ? nameLang : undefined} className={`${TD} font-semibold wrap-anywhere`}>
                {meetingPartnerName(row)}
              </td>
              <td className={TD}>{row.stateName ?? notStated()}</td>
              <td className={TD}>{row.known ? labelSummary(row.label) : notStated()}</td>
              <td className={TD}>{eccpCell(row.eccpMember)}</td>
              <td className={`${TD} tabular-nums`}>{row.score === null ? '—' : formatPoints(row.score)}</td>
              {showTables && <td className={`${TD} tabular-nums`}>{row.meeting?.table ?? '—'}</td>}
            </tr>
            {(row.notes || (includeReasons && row.reasons.length > 0)) && (
              <tr className="break-inside-avoid">
                <td />
                <td colSpan={showTables ? 7 : 6} className={`${TD} pt-0 wrap-anywhere`}>
                  {row.notes && <p>{t('print.note', { note: row.notes })}</p>}
                  {includeReasons && row.reasons.length > 0 && (
                    <ul className="list-disc pl-5 text-slate-800">
                      {row.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            )}
          </tbody>
        ))}
      </table>
    </Dialog>,
    document.body,
  );
}
