import { Suspense, useEffect } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { Loading } from '@/components/loading';
import { Panel } from '@/components/panel';
import {
  ChartsPanel,
  ClusterDetail,
  ComparePanel,
  MapPanel,
  prefetchLazyViews,
  useAfterIdle,
  whenIdle,
} from '@/app/lazy-views';
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
      <Panel label="Profile" className="overflow-y-auto p-3">
        <ProfilePanel />
      </Panel>
      <Panel label="Matches" className="overflow-y-auto p-3">
        <MatchesPanel />
      </Panel>
      <div className="grid min-h-0 grid-rows-[minmax(0,45fr)_minmax(0,55fr)] gap-3">
        <Panel label="Map of matches" area="map" loading="the map" className="overflow-hidden">
          <MapPanel />
        </Panel>
        <div className="relative min-h-0">
          <div className="flex h-full flex-col gap-3 overflow-y-auto pr-1">
            {comparing && (
              <Panel label="Compare" area="comparison" loading="the comparison" className="shrink-0 p-3">
                <ComparePanel />
              </Panel>
            )}
            <Panel label="Charts" className="shrink-0 p-3">
              <DeferredCharts />
            </Panel>
            <Panel label="Relevant policies" area="policies" className="shrink-0 p-3">
              <PoliciesPanel />
            </Panel>
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
