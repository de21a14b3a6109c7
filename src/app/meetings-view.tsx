import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '@/app/error-boundary';
import { Loading, Region } from '@/app/region';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { SavedListsView } from '@/features/meeting-list/saved-lists-view';
import { ShortlistPanel } from '@/features/shortlist/shortlist-panel';

const ScheduleMap = lazy(() => import('@/features/map/schedule-map').then((m) => ({ default: m.ScheduleMap })));

function printMap(stops: ReadonlyArray<{ id: string; order: number }>) {
  return (
    // The sheet still prints without its map.
    <ErrorBoundary area="map of the meetings">
      <Suspense fallback={<Loading what="the map" />}>
        <ScheduleMap stops={stops} />
      </Suspense>
    </ErrorBoundary>
  );
}

export function MeetingsView() {
  return (
    <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)] gap-3 p-3 print:block print:p-0">
      <Region label="Shortlist" className="overflow-y-auto p-3 print:hidden">
        <ErrorBoundary area="shortlist">
          <ShortlistPanel />
        </ErrorBoundary>
      </Region>
      <Region
        label="Meeting list"
        className="overflow-y-auto p-3 print:overflow-visible print:border-0 print:shadow-none"
      >
        <ErrorBoundary area="meeting list">
          <MeetingListPanel printMap={printMap} />
        </ErrorBoundary>
      </Region>
    </main>
  );
}

/**
 * The saved shortlists on the dataset error page. Loaded with this view's chunk, which already holds
 * the exports they use (papaparse, the file builders): one chunk, not three (JS total budget).
 */
export function SavedLists() {
  return <SavedListsView />;
}
