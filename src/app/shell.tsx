import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/hooks/use-dataset';
import { Dashboard } from '@/app/dashboard';
import { AnnexError } from '@/app/annex-error';
import { DatasetError } from '@/app/dataset-error';
import { ErrorBoundary } from '@/components/error-boundary';
import { Loading } from '@/components/loading';
import { Header } from '@/app/header';
import { LoadProgress } from '@/app/load-progress';
import { EventView, MeetingsView, SavedDataDialog } from '@/app/lazy-views';
import { Presentation } from '@/app/presentation';
import { SkipLinks } from '@/app/skip-links';
import { UrlSync } from '@/app/url-sync';
import { DataQualityPanel } from '@/features/data-quality/data-quality-panel';
import { downloadText } from '@/components/download';
import { Notices } from '@/features/notices/notices';
import { useAppStore } from '@/stores/app-store';

export function Shell() {
  const { t } = useTranslation('app');
  const { t: tEvent } = useTranslation('b2bEvent');
  const query = useDataset();
  const view = useAppStore((s) => s.view);
  const savedDataOpen = useAppStore((s) => s.savedDataOpen);
  return (
    // The app layout (wide windows) fills the window exactly and clips, so nothing scrolls the page
    // into emptiness; loading and error pages, and narrow windows, scroll like any document.
    <div className={`flex min-h-full flex-col ${query.data ? 'app:h-full app:overflow-clip' : ''}`}>
      {query.data && <SkipLinks />}
      <Header loaded={query.data ?? null} />
      {query.isPending && (
        <div className="m-auto flex flex-col items-center gap-2" data-testid="dataset-loading">
          <div role="status" aria-live="polite" className="flex items-center gap-3 text-lg text-slate-700">
            <span
              className="inline-block h-5 w-5 animate-spin rounded-full border-4 border-brand-600 border-t-transparent"
              aria-hidden
            />
            {t('loading.dataset')}
          </div>
          <LoadProgress />
        </div>
      )}
      {query.isError && (
        <DatasetError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}
      {query.data && (
        <UrlSync>
          <div className="print:hidden">
            <Notices />
            <AnnexError />
            <DataQualityPanel />
          </div>
          {view === 'meetings' ? (
            <ErrorBoundary area={t('area.meetings')}>
              <Suspense fallback={<Loading what={t('loading.meetings')} />}>
                <MeetingsView />
              </Suspense>
            </ErrorBoundary>
          ) : view === 'event' ? (
            <ErrorBoundary area={tEvent('b2bEvent:title')}>
              <Suspense fallback={<Loading what={tEvent('b2bEvent:loading')} />}>
                <EventView />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <Dashboard />
          )}
          <Presentation />
        </UrlSync>
      )}
      {/* A lazy chunk: it is opened from a menu or a notice, never on the first screen. */}
      {savedDataOpen && (
        <Suspense fallback={null}>
          <SavedDataDialog download={downloadText} />
        </Suspense>
      )}
    </div>
  );
}
