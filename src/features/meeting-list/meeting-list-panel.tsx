import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { meetingPartnerName } from '@/domain/meeting-rows';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { EventForm } from '@/features/meeting-list/event-form';
import { overflowHeading } from '@/features/meeting-list/event-model';
import { ExportActions } from '@/features/meeting-list/export-actions';
import { ImportShortlist } from '@/features/meeting-list/import-shortlist';
import { PrintView } from '@/features/meeting-list/print-view';
import { ScheduleTable } from '@/features/meeting-list/schedule-table';
import { useMeetingList } from '@/features/meeting-list/use-meeting-list';

export interface PrintMapStop {
  id: string;
  order: number;
}

interface MeetingListPanelProps {
  /** Draws the meetings on a map for the print view; the app passes the map feature's one. */
  printMap?: (stops: readonly PrintMapStop[]) => ReactNode;
}

/** The active shortlist as a timed meeting list, with its event settings, exports and import. */
export function MeetingListPanel({ printMap }: MeetingListPanelProps) {
  const { list, event, schedule, problems, rows } = useMeetingList();
  const updateEvent = useAppStore((s) => s.updateEvent);
  const euClusterId = useAppStore((s) => s.profile.euClusterId);
  const dataset = useDatasetValue();
  const [printing, setPrinting] = useState(false);
  const [includeReasons, setIncludeReasons] = useState(false);
  const [includeMap, setIncludeMap] = useState(false);
  const withMap = includeMap && printMap !== undefined;
  const euClusterName = dataset.eu.euClusters.find((c) => c.id === euClusterId)?.name ?? null;
  const overflowRows = rows.filter((r) => r.meeting === null);

  const print = () => {
    // Rendered synchronously so the browser prints the print view, not the dashboard.
    flushSync(() => setPrinting(true));
    // The map draws after the view opens; printing waits for the view's own Print button then.
    if (!withMap) window.print();
  };

  return (
    <div className="flex flex-col gap-2">
      <div>
        <h2 className="text-base font-bold">Meeting list</h2>
        <p className="text-xs text-slate-700">
          {list
            ? `${list.name}: ${rows.length} ${rows.length === 1 ? 'cluster' : 'clusters'}, ${schedule.capacity} slots`
            : 'No shortlist yet: add clusters to the shortlist to build the meeting list.'}
        </p>
      </div>
      <details open className="rounded-md border border-slate-200 px-2 py-1">
        <summary className="cursor-pointer text-sm font-semibold">
          Event and time slots
          <span className="font-normal text-slate-700">
            {` · ${event.meetingMinutes}-minute meetings, ${event.sessions.length} ${event.sessions.length === 1 ? 'session' : 'sessions'}`}
          </span>
        </summary>
        <div className="py-2">
          <EventForm event={event} onChange={updateEvent} />
        </div>
      </details>
      {problems.length > 0 && (
        <Alert tone="error">
          <p className="font-semibold">Check the event settings:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {overflowRows.length > 0 && (
        <Alert tone="warning">
          <p className="font-semibold">⚠ {overflowHeading(overflowRows.length)}</p>
          <p>Not scheduled: {overflowRows.map((r) => `${r.order}. ${meetingPartnerName(r)}`).join('; ')}.</p>
          <p className="text-xs">Shorten the meetings or the gap, or add a session.</p>
        </Alert>
      )}
      {rows.length > 0 ? (
        <div className="overflow-x-auto">
          <ScheduleTable rows={rows} showTables={event.tables} />
        </div>
      ) : (
        <p className="text-sm text-slate-700">
          The meeting list is empty. Use &lsquo;Add to shortlist&rsquo; on a match, on the map or in the detail; the
          shortlist order becomes the meeting order.
        </p>
      )}
      <section aria-label="Export and share" className="space-y-1.5 border-t border-slate-200 pt-2">
        <ExportActions list={list} event={event} rows={rows} eventProblems={problems} />
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={print} disabled={rows.length === 0}>
            Print meeting list
          </Button>
          <Checkbox
            inline
            label="Include score reasons in print"
            checked={includeReasons}
            onChange={(e) => setIncludeReasons(e.target.checked)}
          />
          {printMap && (
            <Checkbox
              inline
              label="Include map in print"
              checked={includeMap}
              onChange={(e) => setIncludeMap(e.target.checked)}
            />
          )}
        </div>
        <ImportShortlist />
      </section>
      {printing && (
        <PrintView
          listName={list?.name ?? null}
          event={event}
          rows={rows}
          euClusterName={euClusterName}
          includeReasons={includeReasons}
          map={withMap ? printMap(rows.map((r) => ({ id: r.clusterId, order: r.order }))) : null}
          // The dialog returns the focus to the Print button.
          onClose={() => setPrinting(false)}
        />
      )}
    </div>
  );
}
