import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/app/language-switch';
import { ShareButton } from '@/app/share-button';
import { YourDataMenu } from '@/app/your-data-menu';
import { Button } from '@/components/button';
import type { ParsedDataset } from '@/data/parse-dataset';
import { formatIsoDate, formatNumber } from '@/domain/format';
import { sourceYears } from '@/domain/sources';
import { useAppStore } from '@/stores/app-store';
import { selectActiveEntries } from '@/stores/selectors';
import type { View } from '@/stores/ui-slice';

const VIEWS: readonly View[] = ['dashboard', 'meetings', 'event'];

export function Header({ loaded }: { loaded: ParsedDataset | null }) {
  const { t } = useTranslation('app');
  const { t: tEvent } = useTranslation('b2bEvent');
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const setPresenting = useAppStore((s) => s.setPresenting);
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
    // One line from 1366 px up in either language; narrower or zoomed, it wraps so every button stays on screen.
    <header className="flex min-h-14 shrink-0 flex-wrap items-center gap-x-3 gap-y-2 bg-brand-900 px-4 py-1.5 text-white print:hidden">
      <div className="min-w-0 flex-[1_1_16rem]">
        <h1 className="text-base leading-tight font-bold tracking-tight wrap-break-word 2xl:text-lg">{title}</h1>
        {meta && (
          <p
            className="text-xs leading-4 text-brand-100"
            title={t('header.datasetTitle', { count: clusters, version: meta.version, date: compiled, years })}
          >
            <DatasetLine text={t('header.datasetLine', { count: clusters, date: compiled, years })} />
          </p>
        )}
      </div>
      {loaded && (
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
      )}
      <div className="ml-auto flex flex-wrap items-center gap-2">
        {loaded && (
          <>
            <YourDataMenu />
            <ShareButton />
            <Button variant="accent" size="md" onClick={() => setPresenting(true)}>
              {t('header.present')}
            </Button>
          </>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}

/** The line breaks only between its parts ("116 Mexican clusters", "sources from …"), never inside one. */
function DatasetLine({ text }: { text: string }) {
  const parts = text.split(' · ');
  return parts.map((part, i) => (
    <span key={i}>
      <span className="whitespace-nowrap">{part}</span>
      {i < parts.length - 1 ? ' · ' : ''}
    </span>
  ));
}
