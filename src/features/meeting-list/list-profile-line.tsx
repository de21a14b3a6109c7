import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { sameScoring } from '@/domain/list-profile';
import type { Shortlist } from '@/domain/shortlist';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { dashboardProfile } from '@/stores/ranking-inputs-slice';
import { indexNames, listProfileSummary } from '@/features/meeting-list/list-profile-model';

/**
 * What the open list is scored with, and the two ways to bring it and the dashboard together: open
 * the dashboard with the list's profile, or let the list keep the dashboard's.
 */
export function ListProfileLine({ list }: { list: Shortlist | null }) {
  const { t } = useTranslation('workspace');
  const index = useDatasetIndex();
  const dashboard = useAppStore(useShallow(dashboardProfile));
  const applyListProfile = useAppStore((s) => s.applyListProfile);
  const setView = useAppStore((s) => s.setView);
  const keep = useAppStore((s) => s.keepDashboardProfile);
  if (!list) return null;
  const own = list.profile;
  const names = indexNames(index);
  if (!own) {
    const empty = list.entries.length === 0;
    return (
      <div
        role="group"
        aria-label={t('line.label')}
        className="rounded-md bg-amber-50 px-2 py-1 text-xs text-slate-800"
      >
        <p>
          {empty ? t('line.takesFirst') : t('line.follows')}{' '}
          <span className="text-slate-700">{listProfileSummary(dashboard, names)}</span>
        </p>
        {!empty && (
          <Button size="xs" className="mt-1" onClick={keep}>
            {t('line.keep')}
          </Button>
        )}
      </div>
    );
  }
  const differs = !sameScoring(own, dashboard);
  const open = () => {
    applyListProfile(own);
    setView('dashboard');
  };
  return (
    <div role="group" aria-label={t('line.label')} className="rounded-md bg-slate-100 px-2 py-1 text-xs text-slate-800">
      <p>
        <span className="font-semibold">{t('line.scoredFor')}</span> {listProfileSummary(own, names)}
      </p>
      {differs && <p className="mt-0.5">{t('line.differs')}</p>}
      <div className="mt-1 flex flex-wrap gap-1.5">
        <Button size="xs" onClick={open}>
          {t('line.open')}
        </Button>
        {differs && (
          <Button size="xs" variant="neutral" onClick={keep}>
            {t('line.useDashboard')}
          </Button>
        )}
      </div>
    </div>
  );
}
