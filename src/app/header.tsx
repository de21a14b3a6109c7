import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/app/language-switch';
import { AddOrganisationDialog, OwnImportEntry } from '@/app/lazy-views';
import { ShareButton } from '@/app/share-button';
import { Button } from '@/components/button';
import type { ParsedDataset } from '@/data/parse-dataset';
import { formatIsoDate, formatNumber } from '@/domain/format';
import { sourceYears } from '@/domain/sources';
import { useAppStore } from '@/stores/app-store';
import { selectActiveEntries } from '@/stores/selectors';
import { savedDataPlace } from '@/stores/storage-messages';
import type { View } from '@/stores/ui-slice';

const VIEWS: readonly View[] = ['dashboard', 'meetings', 'event'];

export function Header({ loaded }: { loaded: ParsedDataset | null }) {
  const { t } = useTranslation('app');
  const { t: tEvent } = useTranslation('b2bEvent');
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
    event: tEvent('b2bEvent:nav'),
  };
  const meta = loaded?.dataset.meta;
  // The count is printed as is, like the version beside it ('1000 Mexican clusters', as before).
  const clusters = loaded?.dataset.clusters.length ?? 0;
  // Which years the facts are from, apart from when they were compiled: nothing here reads as current.
  const years = meta ? sourceYears(meta) : '';
  const compiled = meta ? formatIsoDate(meta.compiledOn) : '';
  return (
    // Wraps onto more lines in a narrow or zoomed window, so every button stays on screen.
    <header className="flex min-h-14 shrink-0 flex-wrap items-center gap-x-4 gap-y-2 bg-brand-900 px-4 py-2 text-white print:hidden">
      <h1 className="min-w-0 text-lg font-bold tracking-tight wrap-break-word">{title}</h1>
      <div className={loaded ? 'order-last' : 'ml-auto'}>
        <LanguageSwitch />
      </div>
      {loaded && meta && (
        <>
          <nav aria-label={t('header.views')} className="flex flex-wrap gap-1">
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
            className="hidden min-w-0 flex-1 basis-0 truncate text-sm text-brand-100 xl:block"
            title={t('header.datasetTitle', { count: clusters, version: meta.version, date: compiled, years })}
          >
            {t('header.datasetLine', { count: clusters, date: compiled, years })}
          </span>
          <div className="ml-auto flex flex-wrap gap-2">
            <AddOrganisation />
            <Button variant="inverse" size="md" onClick={() => setSavedDataOpen(true)}>
              {savedDataPlace()}
            </Button>
            <ShareButton />
            <Button variant="accent" size="md" onClick={() => setPresenting(true)}>
              {t('header.present')}
            </Button>
          </div>
        </>
      )}
    </header>
  );
}

/** Opens the form to add an organisation the sources do not have (src/features/own-facts, a lazy chunk). */
function AddOrganisation() {
  const { t } = useTranslation('ownFacts');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="inverse" size="md" onClick={() => setOpen(true)}>
        {t('add.open')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <AddOrganisationDialog
            onClose={() => setOpen(false)}
            extra={
              <Suspense fallback={null}>
                <OwnImportEntry />
              </Suspense>
            }
          />
        </Suspense>
      )}
    </>
  );
}
