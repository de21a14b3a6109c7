import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/error-boundary';
import { Loading } from '@/components/loading';
import { Panel } from '@/components/panel';
import { Tabs, type TabItem } from '@/components/tabs';
import { useDashboardTab, type DashboardTab } from '@/app/dashboard-tab';
import { ChartsPanel, ClusterDetail, ComparePanel, OwnFactsSection, PoliciesPanel } from '@/app/lazy-views';
import type { Cluster } from '@/domain/types';
import { SKIP_TARGET } from '@/app/skip-links';
import { formatNumber } from '@/domain/format';
import { useAfterFirstScreen } from '@/hooks/first-screen';
import { useAppStore } from '@/stores/app-store';

// Wide screens: each tab gets the whole pane under the map and scrolls inside it.
const SCROLLS = 'p-3 app:overflow-y-auto';

/** Detail, comparison, charts and policies share the pane under the map, one at a time. */
export function DashboardTabs() {
  const { t } = useTranslation('layout');
  const selectedId = useAppStore((s) => s.selectedId);
  const compareCount = useAppStore((s) => s.compareIds.length);
  const { tab, available, choose } = useDashboardTab({ selectedId, compareCount });
  const all: Record<DashboardTab, TabItem<DashboardTab>> = {
    detail: {
      id: 'detail',
      label: t('layout:tab.detail'),
      // The detail scrolls its own body under a fixed header with the Close button.
      panelClassName: 'app:overflow-hidden',
      content: <Detail />,
    },
    compare: {
      id: 'compare',
      label: t('layout:tab.compare', { n: formatNumber(compareCount, 0) }),
      panelClassName: SCROLLS,
      content: (
        <Panel
          label={t('app:panel.compare')}
          area={t('app:area.comparison')}
          loading={t('app:loading.comparison')}
          framed={false}
        >
          <ComparePanel />
        </Panel>
      ),
    },
    charts: {
      id: 'charts',
      label: t('layout:tab.charts'),
      panelClassName: SCROLLS,
      content: (
        <Panel label={t('app:panel.charts')} area={t('app:area.charts')} framed={false}>
          <DeferredCharts />
        </Panel>
      ),
    },
    policies: {
      id: 'policies',
      label: t('layout:tab.policies'),
      panelClassName: SCROLLS,
      content: (
        <Panel
          label={t('app:panel.policies')}
          area={t('app:area.policies')}
          loading={t('perf:loading.policies')}
          framed={false}
        >
          <PoliciesPanel />
        </Panel>
      ),
    },
  };
  return (
    <div className="flex min-h-0 flex-col rounded-xl border border-slate-200 bg-white shadow-sm">
      <Tabs
        id={SKIP_TARGET.tabs}
        label={t('layout:tabs.list')}
        tabs={available.map((id) => all[id])}
        selected={tab}
        onSelect={choose}
        className="flex-1"
      />
    </div>
  );
}

function Detail() {
  const { t } = useTranslation('app');
  return (
    <ErrorBoundary area={t('area.clusterDetail')}>
      <Suspense fallback={<Loading what={t('loading.clusterDetail')} />}>
        <ClusterDetail ownFacts={ownFacts} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The user's own facts on the cluster shown (src/features/own-facts), inside the detail. */
const ownFacts = (cluster: Cluster) => (
  <Suspense fallback={null}>
    <OwnFactsSection cluster={cluster} />
  </Suspense>
);

/** Recharts is the largest chunk: it loads once the first screen is shown and idle; the heading shows at once. */
function DeferredCharts() {
  const { t } = useTranslation('app');
  const idle = useAfterFirstScreen();
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
