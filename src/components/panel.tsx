import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { Loading } from '@/components/loading';

interface PanelProps {
  /** The region's accessible name: tests and screen readers find each part of the screen by it. */
  label: string;
  /** Names the part in the error message ("The map could not be shown"); defaults to the label in lower case. */
  area?: string;
  /** What the fallback says is loading ("the map"), for lazily loaded content; omit when nothing suspends. */
  loading?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A labelled landmark of the screen that fails and loads on its own: an error shows a message in
 * this panel only, and lazily loaded content shows a loading line while it arrives.
 */
export function Panel({ label, area = label.toLowerCase(), loading, className = '', children }: PanelProps) {
  return (
    <section
      aria-label={label}
      className={`min-h-0 rounded-xl border border-slate-200 bg-white shadow-sm ${className}`}
    >
      <ErrorBoundary area={area}>
        {loading === undefined ? children : <Suspense fallback={<Loading what={loading} />}>{children}</Suspense>}
      </ErrorBoundary>
    </section>
  );
}
