import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/error-boundary';
import { PresentationMode, SpotlightMap } from '@/app/lazy-views';
import { TOP_N } from '@/features/presentation/presentation-model';
import { useAppStore } from '@/stores/app-store';

export function Presentation() {
  const { t } = useTranslation('app');
  const presenting = useAppStore((s) => s.presenting);
  if (!presenting) return null;
  return (
    <ErrorBoundary area={t('area.presentation')}>
      <Suspense fallback={null}>
        <PresentationMode
          map={
            // A map that fails to load must not take the slides down with it.
            <ErrorBoundary area={t('area.presentationMap')}>
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
