import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/app/language-switch';
import { ShareButton } from '@/app/share-button';
import { Button } from '@/components/button';
import type { ParsedDataset } from '@/data/parse-dataset';
import { formatIsoDate, formatNumber } from '@/domain/format';
import { sourceYears } from '@/domain/sources';
import { useAppStore } from '@/stores/app-store';
import { selectActiveEntries } from '@/stores/selectors';
import { savedDataPlace } from '@/stores/storage-messages';
import type { View } from '@/stores/ui-slice';

const VIEWS: readonly View[] = ['dashboard', 'meetings'];

export function Header({ loaded }: { loaded: ParsedDataset | null }) {
  const { t } = useTranslation('app');
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const setSavedDataOpen = useAppStore((s) => s.setSavedDataOpen);
  const shortlisted = useAppStore((s) => selectActiveEntries(s).length);
  const title = t('header.title');
  // index.html names the page in English for the first paint; from then on the title follows the language.
  useEffect(() => {
    document.title = title;
  }, [title]);
  const viewLabel: Record<View, string> = {
    dashboard: t('header.view.dashboard'),
    meetings: t('header.view.meetings'),
  };
  const meta = loaded?.dataset.meta;
  // The count is printed as is, like the version beside it ('1000 Mexican clusters', as before).
  const clusters = loaded?.dataset.clusters.length ?? 0;
  // Which years the facts are from, apart from when they were compiled: nothing here reads as current.
  const years = meta ? sourceYears(meta) : '';
  const compiled = meta ? formatIsoDate(meta.compiledOn) : '';
  return (
    <header className="flex h-14 shrink-0 items-center gap-4 bg-brand-900 px-4 text-white print:hidden">
      <h1 className="min-w-0 truncate text-lg font-bold tracking-tight">{title}</h1>
      <div className={loaded ? 'order-last' : 'ml-auto'}>
        <LanguageSwitch />
      </div>
      {loaded && meta && (
        <>
          <nav aria-label={t('header.views')} className="flex gap-1">
            {VIEWS.map((id) => (
              <button
                key={id}
                type="button"
                aria-current={view === id ? 'page' : undefined}
                onClick={() => setView(id)}
                className={`rounded-md px-3 py-1.5 text-sm font-semibold whitespace-nowrap ${
                  view === id ? 'bg-white text-brand-900' : 'text-white hover:bg-brand-700'
                }`}
              >
                {viewLabel[id]}
                {id === 'meetings' && shortlisted > 0 ? ` (${formatNumber(shortlisted, 0)})` : ''}
              </button>
            ))}
          </nav>
          <span
            className="hidden min-w-0 truncate text-sm text-brand-100 xl:block"
            title={t('header.datasetTitle', { count: clusters, version: meta.version, date: compiled, years })}
          >
            {t('header.datasetLine', { count: clusters, date: compiled, years })}
          </span>
          <Button variant="inverse" size="md" className="ml-auto" onClick={() => setSavedDataOpen(true)}>
            {savedDataPlace()}
          </Button>
          <ShareButton />
          <Button variant="accent" size="md" onClick={() => setPresenting(true)}>
            {t('header.present')}
          </Button>
        </>
      )}
    </header>
  );
}
