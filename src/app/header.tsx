import { LanguageSwitch } from '@/app/language-switch';
import { ShareButton } from '@/app/share-button';
import { Button } from '@/components/button';
import type { ParsedDataset } from '@/data/parse-dataset';
import { useAppStore } from '@/stores/app-store';
import { selectActiveEntries } from '@/stores/selectors';
import { SAVED_DATA_PLACE } from '@/stores/storage-messages';
import type { View } from '@/stores/ui-slice';

const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'meetings', label: 'Shortlist & meetings' },
];

export function Header({ loaded }: { loaded: ParsedDataset | null }) {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const setSavedDataOpen = useAppStore((s) => s.setSavedDataOpen);
  const shortlisted = useAppStore((s) => selectActiveEntries(s).length);
  return (
    <header className="flex h-14 shrink-0 items-center gap-4 bg-brand-900 px-4 text-white print:hidden">
      <h1 className="text-lg font-bold tracking-tight whitespace-nowrap">EU–Mexico Cluster Matchmaking</h1>
      <div className={loaded ? 'order-last' : 'ml-auto'}>
        <LanguageSwitch />
      </div>
      {loaded && (
        <>
          <nav aria-label="Views" className="flex gap-1">
            {VIEWS.map((v) => (
              <button
                key={v.id}
                type="button"
                aria-current={view === v.id ? 'page' : undefined}
                onClick={() => setView(v.id)}
                className={`rounded-md px-3 py-1.5 text-sm font-semibold whitespace-nowrap ${
                  view === v.id ? 'bg-white text-brand-900' : 'text-white hover:bg-brand-700'
                }`}
              >
                {v.label}
                {v.id === 'meetings' && shortlisted > 0 ? ` (${shortlisted})` : ''}
              </button>
            ))}
          </nav>
          <span
            className="hidden min-w-0 truncate text-sm text-brand-100 xl:block"
            title={`${loaded.dataset.clusters.length} Mexican cluster organisations; dataset version ${loaded.dataset.meta.version}, compiled ${loaded.dataset.meta.compiledOn}`}
          >
            {`${loaded.dataset.clusters.length} Mexican clusters · data ${loaded.dataset.meta.version} (${loaded.dataset.meta.compiledOn})`}
          </span>
          <Button variant="inverse" size="md" className="ml-auto" onClick={() => setSavedDataOpen(true)}>
            {SAVED_DATA_PLACE}
          </Button>
          <ShareButton />
          <Button variant="accent" size="md" onClick={() => setPresenting(true)}>
            Present
          </Button>
        </>
      )}
    </header>
  );
}
