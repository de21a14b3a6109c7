import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '@/app/error-boundary';
import { useAppStore } from '@/stores/app-store';

const PresentationMode = lazy(() =>
  import('@/features/presentation/presentation-mode').then((m) => ({ default: m.PresentationMode })),
);

export function Presentation() {
  const presenting = useAppStore((s) => s.presenting);
  if (!presenting) return null;
  return (
    <ErrorBoundary area="presentation">
      <Suspense fallback={null}>
        <PresentationMode />
      </Suspense>
    </ErrorBoundary>
  );
}
