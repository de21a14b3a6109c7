import { lazy, Suspense } from 'react';
import type { ParsedDataset } from '@/data/parse-dataset';
import { ErrorBoundary } from '@/app/error-boundary';

const MapPanel = lazy(() => import('@/features/map/map-panel').then((m) => ({ default: m.MapPanel })));

function Region({ label, children, className = '' }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <section
      aria-label={label}
      className={`min-h-0 rounded-xl border border-slate-200 bg-white shadow-sm ${className}`}
    >
      {children}
    </section>
  );
}

export function Dashboard({ parsed }: { parsed: ParsedDataset }) {
  const { dataset } = parsed;
  return (
    <main className="grid min-h-0 flex-1 grid-cols-[18rem_minmax(0,1fr)_minmax(0,1.2fr)] gap-3 p-3">
      <Region label="Profile" className="overflow-y-auto p-3">
        <h2 className="text-base font-bold">Your cluster</h2>
      </Region>
      <Region label="Matches" className="overflow-y-auto p-3">
        <h2 className="text-base font-bold">Matches</h2>
        <p className="text-sm text-slate-600">{dataset.clusters.length} cluster organisations in the dataset.</p>
      </Region>
      <div className="flex min-h-0 flex-col gap-3 overflow-y-auto">
        <Region label="Map of matches" className="h-[45vh] shrink-0 overflow-hidden">
          <ErrorBoundary area="map">
            <Suspense
              fallback={
                <p role="status" className="p-3">
                  Loading the map…
                </p>
              }
            >
              <MapPanel />
            </Suspense>
          </ErrorBoundary>
        </Region>
        <Region label="Charts" className="p-3">
          <h2 className="text-base font-bold">Charts</h2>
        </Region>
        <Region label="Relevant policies" className="p-3">
          <h2 className="text-base font-bold">Relevant policies</h2>
        </Region>
      </div>
    </main>
  );
}
