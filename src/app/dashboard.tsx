import { Suspense, useEffect } from 'react';
import { ErrorBoundary } from '@/app/error-boundary';
import {
  ChartsPanel,
  ClusterDetail,
  ComparePanel,
  MapPanel,
  prefetchLazyViews,
  useAfterIdle,
  whenIdle,
} from '@/app/lazy-views';
import { Loading, Region } from '@/app/region';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { PoliciesPanel } from '@/features/policies/policies-panel';
import { ProfilePanel } from '@/features/profile/profile-panel';
import { useRankingMarks } from '@/hooks/use-ranking-marks';
import { useAppStore } from '@/stores/app-store';

export function Dashboard() {
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  const comparing = useAppStore((s) => s.compareIds.length > 0);
  useEffect(() => whenIdle(prefetchLazyViews, 5000), []);
  return (
    <main className="grid min-h-0 flex-1 grid-cols-[16rem_minmax(0,1fr)_minmax(0,1.1fr)] gap-3 p-3 xl:grid-cols-[19rem_minmax(0,1fr)_minmax(0,1.3fr)]">
      <Region label="Profile" className="overflow-y-auto p-3">
        <ErrorBoundary area="profile">
          <ProfilePanel />
        </ErrorBoundary>
      </Region>
      <Region label="Matches" className="overflow-y-auto p-3">
        <ErrorBoundary area="matches">
          <MatchesPanel />
        </ErrorBoundary>
      </Region>
      <div className="grid min-h-0 grid-rows-[minmax(0,45fr)_minmax(0,55fr)] gap-3">
        <Region label="Map of matches" className="overflow-hidden">
          <ErrorBoundary area="map">
            <Suspense fallback={<Loading what="the map" />}>
              <MapPanel />
            </Suspense>
          </ErrorBoundary>
        </Region>
        <div className="relative min-h-0">
          <div className="flex h-full flex-col gap-3 overflow-y-auto pr-1">
            {comparing && (
              <Region label="Compare" className="shrink-0 p-3">
                <Suspense fallback={<Loading what="the comparison" />}>
                  <ComparePanel />
                </Suspense>
              </Region>
            )}
            <Region label="Charts" className="shrink-0 p-3">
              <ErrorBoundary area="charts">
                <DeferredCharts />
              </ErrorBoundary>
            </Region>
            <Region label="Relevant policies" className="shrink-0 p-3">
              <ErrorBoundary area="policies">
                <PoliciesPanel />
              </ErrorBoundary>
            </Region>
          </div>
          {hasSelection && (
            // The detail covers charts and policies but never the map, so the highlight stays visible.
            <div className="absolute inset-0 z-[500]">
              <ErrorBoundary area="cluster detail">
                <Suspense
                  fallback={
                    <div className="h-full rounded-xl border border-slate-200 bg-white">
                      <Loading what="the cluster detail" />
                    </div>
                  }
                >
                  <ClusterDetail />
                </Suspense>
              </ErrorBoundary>
            </div>
          )}
        </div>
      </div>
      <RankingMarks />
    </main>
  );
}

/** Recharts is the largest chunk: it loads once the first screen is idle; the heading shows at once. */
function DeferredCharts() {
  const idle = useAfterIdle();
  const placeholder = (
    <>
      <h2 className="text-base font-bold">Charts</h2>
      <Loading what="the charts" />
    </>
  );
  if (!idle) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <ChartsPanel />
    </Suspense>
  );
}

/** Last in the tree, so its layout effect runs once the whole dashboard has committed. */
function RankingMarks() {
  useRankingMarks();
  return null;
}
