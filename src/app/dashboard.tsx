import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '@/components/panel';
import { DashboardPrint } from '@/app/dashboard-print';
import { DashboardTabs } from '@/app/dashboard-tabs';
import { Loading } from '@/components/loading';
import { MapPanel, prefetchLazyViews } from '@/app/lazy-views';
import { afterFirstScreen, useAfterFirstScreen } from '@/hooks/first-screen';
import { SKIP_TARGET } from '@/app/skip-links';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { ProfilePanel } from '@/features/profile/profile-panel';
import { useRankingMarks } from '@/hooks/use-ranking-marks';

// In one column the profile flows with the page; the list keeps a scroller of its own (it is long,
// and the map follows it); the map needs a fixed height to be drawn.
const PROFILE = 'p-3 app:overflow-y-auto';
const MATCHES = 'max-h-[85vh] overflow-y-auto p-3 app:max-h-none';
const MAP = 'h-[min(28rem,75vh)] min-h-64 overflow-hidden app:h-auto app:min-h-0';

/**
 * Wide screens (the `app` variant, src/index.css): three columns that fill the window, each panel
 * scrolling inside itself, so the page itself never scrolls. Narrow or zoomed windows: one column
 * in reading order that the page scrolls.
 */
export function Dashboard() {
  const { t } = useTranslation('app');
  useEffect(() => afterFirstScreen(prefetchLazyViews, 5000), []);
  // The map mounts once the first frame (with the ranked matches) is on screen: creating it costs
  // a layout pass and ~50 ms that would otherwise delay that frame, and its chunk would share the
  // link with it. Its space is reserved.
  const mapNow = useAfterFirstScreen();
  return (
    <>
      <main className="flex flex-col gap-3 p-3 print:hidden app:grid app:min-h-0 app:flex-1 app:grid-cols-[16rem_minmax(0,1fr)_minmax(0,1.1fr)] app:grid-rows-[minmax(0,1fr)] app:xl:grid-cols-[19rem_minmax(0,1fr)_minmax(0,1.3fr)]">
        <Panel id={SKIP_TARGET.profile} label={t('panel.profile')} area={t('area.profile')} className={PROFILE}>
          <ProfilePanel />
        </Panel>
        <Panel id={SKIP_TARGET.matches} label={t('panel.matches')} area={t('area.matches')} className={MATCHES}>
          <MatchesPanel />
        </Panel>
        <div className="flex flex-col gap-3 app:grid app:min-h-0 app:grid-rows-[minmax(0,1fr)_minmax(0,1fr)]">
          <Panel
            id={SKIP_TARGET.map}
            label={t('panel.map')}
            area={t('area.map')}
            loading={t('loading.map')}
            className={MAP}
          >
            {mapNow ? <MapPanel /> : <Loading what={t('loading.map')} />}
          </Panel>
          <DashboardTabs />
        </div>
      </main>
      <DashboardPrint />
      <RankingMarks />
    </>
  );
}

/** Last in the tree, so its layout effect runs once the whole dashboard has committed. */
function RankingMarks() {
  useRankingMarks();
  return null;
}
