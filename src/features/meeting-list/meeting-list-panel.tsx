import { TextList } from '@/components/text-list';
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/domain/format';
import { meetingPartnerName } from '@/domain/meeting-rows';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { EventForm } from '@/features/meeting-list/event-form';
import { overflowHeading } from '@/features/meeting-list/event-model';
import { ExportActions } from '@/features/meeting-list/export-actions';
import { FollowUps } from '@/features/meeting-list/follow-ups';
import { useCsvDelimiter } from '@/stores/export-settings';
import { ImportShortlist } from '@/features/meeting-list/import-shortlist';
import { ListProfileLine } from '@/features/meeting-list/list-profile-line';
import { PrintView } from '@/features/meeting-list/print-view';
import { ScheduleTable } from '@/features/meeting-list/schedule-table';
import { useMeetingList } from '@/hooks/use-meeting-list';

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
  const { t } = useTranslation('meetings');
  const { list, event, schedule, problems, rows, euClusterId } = useMeetingList();
  const updateEvent = useAppStore((s) => s.updateEvent);
  const setOutcome = useAppStore((s) => s.setShortlistOutcome);
  const delimiter = useCsvDelimiter();
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
        <h2 className="text-base font-bold">{t('panel.heading')}</h2>
        <p className="text-xs text-slate-700">
          {list
            ? t('panel.summary', {
                name: list.name,
                clusters: t('panel.clusters', { count: rows.length, n: formatNumber(rows.length, 0) }),
                slots: t('panel.slots', { count: schedule.capacity, n: formatNumber(schedule.capacity, 0) }),
              })
            : t('panel.noList')}
        </p>
      </div>
      <ListProfileLine list={list} />
      <details open className="rounded-md border border-slate-200 px-2 py-1">
        <summary className="cursor-pointer text-sm font-semibold">
          {t('panel.event')}
          <span className="font-normal text-slate-700">
            {' · '}
            {t('panel.eventSummary', {
              count: event.sessions.length,
              n: formatNumber(event.sessions.length, 0),
              minutes: formatNumber(event.meetingMinutes, 0),
            })}
          </span>
        </summary>
        <div className="py-2">
          <EventForm event={event} onChange={updateEvent} />
        </div>
      </details>
      {problems.length > 0 && (
        <Alert tone="error">
          <p className="font-semibold">{t('panel.problems')}</p>
          <TextList items={problems} />
        </Alert>
      )}
      {overflowRows.length > 0 && (
        <Alert tone="warning">
          <p className="font-semibold">⚠ {overflowHeading(overflowRows.length)}</p>
          <p>
            {t('panel.overflowList', {
              list: overflowRows.map((r) => `${r.order}. ${meetingPartnerName(r)}`).join('; '),
            })}
          </p>
          <p className="text-xs">{t('panel.overflowHint')}</p>
        </Alert>
      )}
      {rows.length > 0 ? (
        <div className="overflow-x-auto">
          <ScheduleTable rows={rows} showTables={event.tables} onOutcome={list ? setOutcome : undefined} />
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t('panel.empty')}</p>
      )}
      <section aria-label={t('panel.exportRegion')} className="space-y-1.5 border-t border-slate-200 pt-2">
        <ExportActions list={list} event={event} rows={rows} eventProblems={problems} />
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={print} disabled={rows.length === 0}>
            {t('panel.print')}
          </Button>
          <Checkbox
            inline
            label={t('panel.includeReasons')}
            checked={includeReasons}
            onChange={(e) => setIncludeReasons(e.target.checked)}
          />
          {printMap && (
            <Checkbox
              inline
              label={t('panel.includeMap')}
              checked={includeMap}
              onChange={(e) => setIncludeMap(e.target.checked)}
            />
          )}
        </div>
        <ImportShortlist />
      </section>
      {rows.length > 0 && <FollowUps event={event} rows={rows} delimiter={delimiter} />}
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
