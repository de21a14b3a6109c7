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
  /** False for a panel inside another frame (a tab panel): no border, shadow or rounding of its own. */
  framed?: boolean;
  /** The landmark's id, for skip links. */
  id?: string;
  children: ReactNode;
}

/**
 * A labelled landmark of the screen that fails and loads on its own: an error shows a message in
 * this panel only, and lazily loaded content shows a loading line while it arrives.
 */
export function Panel(props: PanelProps) {
  const { label, area = label.toLowerCase(), loading, className = '', framed = true, id, children } = props;
  const frame = framed ? 'rounded-xl border border-slate-200 bg-white shadow-sm' : '';
  return (
    // Relative: visually hidden (absolutely placed) text inside a scrolling panel stays inside it
    // instead of stretching the page. A skip link's target is focusable only by script (-1).
    <section
      id={id}
      tabIndex={id === undefined ? undefined : -1}
      aria-label={label}
      className={`relative min-h-0 ${frame} ${className}`}
    >
      <ErrorBoundary area={area}>
        {loading === undefined ? children : <Suspense fallback={<Loading what={loading} />}>{children}</Suspense>}
      </ErrorBoundary>
    </section>
  );
}
