import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '@/app/error-boundary';
import { Loading, Region } from '@/app/region';
import { ClusterDetail } from '@/features/cluster-detail/cluster-detail';
import { ComparePanel } from '@/features/compare/compare-panel';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { PoliciesPanel } from '@/features/policies/policies-panel';
import { ProfilePanel } from '@/features/profile/profile-panel';
import { useAppStore } from '@/stores/app-store';

// Leaflet and Recharts are the heaviest libraries: load them after the first screen.
const MapPanel = lazy(() => import('@/features/map/map-panel').then((m) => ({ default: m.MapPanel })));
const ChartsPanel = lazy(() => import('@/features/charts/charts-panel').then((m) => ({ default: m.ChartsPanel })));

export function Dashboard() {
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  const comparing = useAppStore((s) => s.compareIds.length > 0);
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
                <ComparePanel />
              </Region>
            )}
            <Region label="Charts" className="shrink-0 p-3">
              <ErrorBoundary area="charts">
                <Suspense fallback={<Loading what="the charts" />}>
                  <ChartsPanel />
                </Suspense>
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
                <ClusterDetail />
              </ErrorBoundary>
            </div>
          )}
        </div>
      </div>
    </main>
  );
}
