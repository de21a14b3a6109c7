import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import type { MeetingEvent } from '@/domain/event';
import { notStated, formatIsoDate } from '@/domain/format';
import { overflowHeading } from '@/features/meeting-list/event-model';
import { eccpCell, meetingTimeCell } from '@/domain/export-csv';
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

// Written out in full so Tailwind's scanner generates it.
const HIDE_IN_PRINT = 'print:hidden';
const TH = 'border-b-2 border-slate-900 px-1.5 py-1 text-left';
const TD = 'px-1.5 py-1 align-top';

/** An A4 page of the meeting list; everything else on the page is hidden while printing. */
export function PrintView({ listName, event, rows, euClusterName, includeReasons, map, onClose }: PrintViewProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const showTables = event.tables;
  const scheduled = rows.filter((r) => r.meeting !== null).length;
  const unscheduled = rows.length - scheduled;

  useLayoutEffect(() => {
    const own = ref.current;
    const others = [...document.body.children].filter((el) => el !== own && !el.classList.contains(HIDE_IN_PRINT));
    others.forEach((el) => el.classList.add(HIDE_IN_PRINT));
    return () => others.forEach((el) => el.classList.remove(HIDE_IN_PRINT));
  }, []);

  return createPortal(
    // A body child, so printing can hide everything else. On paper the dialog leaves the viewport
    // box (top-layer elements are never static) and grows with its rows across pages.
    <Dialog
      ref={ref}
      label="Print view"
      onClose={onClose}
      className="fixed inset-0 h-full max-h-none w-full max-w-none overflow-auto bg-white p-6 text-slate-900 backdrop:bg-transparent print:absolute print:bottom-auto print:h-auto print:overflow-visible print:p-0"
    >
      <div className={`mb-4 flex gap-2 ${HIDE_IN_PRINT}`}>
        <Button variant="primary" size="md" onClick={() => window.print()}>
          Print
        </Button>
        <Button variant="neutral" size="md" onClick={onClose}>
          Close print view
        </Button>
      </div>
      <header className="mb-3 border-b-2 border-slate-900 pb-2 wrap-anywhere">
        <h1 className="text-2xl font-bold">{event.name || 'Meeting list'}</h1>
        <p className="text-base">
          {[formatIsoDate(event.date), event.place, event.timeZone.replace(/_/g, ' ')].filter(Boolean).join(' · ')}
        </p>
        {euClusterName && <p className="text-base">EU cluster: {euClusterName}</p>}
        <p className="text-sm">
          {[listName && `Shortlist: ${listName}`, `${scheduled} of ${rows.length} meetings scheduled`]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {unscheduled > 0 && (
          <p className="mt-1 font-semibold">⚠ {overflowHeading(unscheduled)}: they are listed as “not scheduled”.</p>
        )}
      </header>
      {map && <div className="mb-3">{map}</div>}
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <th className={TH}>#</th>
            <th className={TH}>Time</th>
            <th className={TH}>Cluster</th>
            <th className={TH}>State</th>
            <th className={TH}>ESCA label</th>
            <th className={TH}>ECCP</th>
            <th className={TH}>Score</th>
            {showTables && <th className={TH}>Table</th>}
          </tr>
        </thead>
        {rows.map((row) => (
          // One tbody per meeting so a page break never falls inside a meeting.
          <tbody key={row.clusterId} className="break-inside-avoid border-b border-slate-400">
            <tr className="break-inside-avoid">
              <td className={`${TD} tabular-nums`}>{row.order}</td>
              <td className={`${TD} whitespace-nowrap tabular-nums font-semibold`}>{meetingTimeCell(row.meeting)}</td>
              <td className={`${TD} font-semibold wrap-anywhere`}>{meetingPartnerName(row)}</td>
              <td className={TD}>{row.stateName ?? notStated()}</td>
              <td className={TD}>{row.known ? labelSummary(row.label) : notStated()}</td>
              <td className={TD}>{eccpCell(row.eccpMember)}</td>
              <td className={`${TD} tabular-nums`}>{row.score ?? '—'}</td>
              {showTables && <td className={`${TD} tabular-nums`}>{row.meeting?.table ?? '—'}</td>}
            </tr>
            {(row.notes || (includeReasons && row.reasons.length > 0)) && (
              <tr className="break-inside-avoid">
                <td />
                <td colSpan={showTables ? 7 : 6} className={`${TD} pt-0 wrap-anywhere`}>
                  {row.notes && <p>Note: {row.notes}</p>}
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
