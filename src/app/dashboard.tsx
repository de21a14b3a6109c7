import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('app');
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  const comparing = useAppStore((s) => s.compareIds.length > 0);
  useEffect(() => whenIdle(prefetchLazyViews, 5000), []);
  return (
    <main className="grid min-h-0 flex-1 grid-cols-[16rem_minmax(0,1fr)_minmax(0,1.1fr)] gap-3 p-3 xl:grid-cols-[19rem_minmax(0,1fr)_minmax(0,1.3fr)]">
      <Panel label={t('panel.profile')} area={t('area.profile')} className="overflow-y-auto p-3">
        <ProfilePanel />
      </Panel>
      <Panel label={t('panel.matches')} area={t('area.matches')} className="overflow-y-auto p-3">
        <MatchesPanel />
      </Panel>
      <div className="grid min-h-0 grid-rows-[minmax(0,45fr)_minmax(0,55fr)] gap-3">
        <Panel label={t('panel.map')} area={t('area.map')} loading={t('loading.map')} className="overflow-hidden">
          <MapPanel />
        </Panel>
        <div className="relative min-h-0">
          <div className="flex h-full flex-col gap-3 overflow-y-auto pr-1">
            {comparing && (
              <Panel
                label={t('panel.compare')}
                area={t('area.comparison')}
                loading={t('loading.comparison')}
                className="shrink-0 p-3"
              >
                <ComparePanel />
              </Panel>
            )}
            <Panel label={t('panel.charts')} area={t('area.charts')} className="shrink-0 p-3">
              <DeferredCharts />
            </Panel>
            <Panel label={t('panel.policies')} area={t('area.policies')} className="shrink-0 p-3">
              <PoliciesPanel />
            </Panel>
          </div>
          {hasSelection && (
            // The detail covers charts and policies but never the map, so the highlight stays visible.
            <div className="absolute inset-0 z-[500]">
              <ErrorBoundary area={t('area.clusterDetail')}>
                <Suspense
                  fallback={
                    <div className="h-full rounded-xl border border-slate-200 bg-white">
                      <Loading what={t('loading.clusterDetail')} />
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
  const { t } = useTranslation('app');
  const idle = useAfterIdle();
  const placeholder = (
    <>
      <h2 className="text-base font-bold">{t('panel.charts')}</h2>
      <Loading what={t('loading.charts')} />
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
