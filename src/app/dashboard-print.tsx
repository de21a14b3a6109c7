import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/error-boundary';
import { useScheduleMapModule } from '@/app/lazy-views';
import { usePrinting } from '@/app/use-printing';
import { formatIsoDate, formatNumber } from '@/domain/format';
import { MatchesPrint, PRINTED_MATCHES } from '@/features/matches/matches-print';
import { PoliciesPrint } from '@/features/policies/policies-print';
import { ProfileSummary } from '@/features/profile/profile-summary';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useRanking } from '@/hooks/use-ranking';

/**
 * What Ctrl+P prints from the dashboard: a summary of one to three A4 pages (profile, top
 * matches, their map, policies) instead of every panel's scrolled content. Built when printing
 * starts (a map costs a long task, so not before), synchronously, into a box laid out off screen
 * at paper width, so its map is drawn at its paper size before the page is laid out for print.
 */
export function DashboardPrint() {
  const printing = usePrinting();
  return (
    <div className="invisible fixed top-0 -left-[200vw] w-[180mm] print:visible print:static print:w-auto">
      {printing && <Summary />}
    </div>
  );
}

function Summary() {
  const { t } = useTranslation('layout');
  const meta = useDatasetValue().meta;
  const matches = useRanking();
  const map = useScheduleMapModule();
  const stops = useMemo(
    () => matches.slice(0, PRINTED_MATCHES).map((m) => ({ id: m.cluster.id, order: m.rank })),
    [matches],
  );
  return (
    <article aria-label={t('layout:print.title')} className="flex flex-col gap-3 text-slate-950">
      <div>
        <h1 className="text-xl font-bold">{t('layout:print.title')}</h1>
        <p className="text-xs">
          {t('layout:print.dataset', { version: meta.version, date: formatIsoDate(meta.compiledOn) })}{' '}
          {t('layout:print.shown', {
            n: formatNumber(Math.min(PRINTED_MATCHES, matches.length), 0),
            total: formatNumber(matches.length, 0),
          })}
        </p>
      </div>
      <Part title={t('layout:print.profile.heading')}>
        <ProfileSummary />
      </Part>
      <Part title={t('layout:print.matches.heading')}>
        <MatchesPrint />
      </Part>
      <Part title={t('layout:print.map')}>
        <ErrorBoundary area={t('app:area.map')}>
          {map && <map.ScheduleMap stops={stops} caption={t('layout:print.mapCaption')} />}
        </ErrorBoundary>
      </Part>
      <Part title={t('layout:print.policies')}>
        <PoliciesPrint />
      </Part>
    </article>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="break-inside-avoid-page">
      <h2 className="mb-1 border-b border-slate-400 text-base font-bold">{title}</h2>
      {children}
    </section>
  );
}
