import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '@/app/error-boundary';
import { TOP_N } from '@/features/presentation/presentation-model';
import { useAppStore } from '@/stores/app-store';

const PresentationMode = lazy(() =>
  import('@/features/presentation/presentation-mode').then((m) => ({ default: m.PresentationMode })),
);
const SpotlightMap = lazy(() => import('@/features/map/spotlight-map').then((m) => ({ default: m.SpotlightMap })));

export function Presentation() {
  const presenting = useAppStore((s) => s.presenting);
  if (!presenting) return null;
  return (
    <ErrorBoundary area="presentation">
      <Suspense fallback={null}>
        <PresentationMode
          map={
            // A map that fails to load must not take the slides down with it.
            <ErrorBoundary area="presentation map">
              <Suspense fallback={null}>
                <SpotlightMap count={TOP_N} />
              </Suspense>
            </ErrorBoundary>
          }
        />
      </Suspense>
    </ErrorBoundary>
  );
}
