import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/error-boundary';
import { PresentationMode, SpotlightMap, StateOverviewMap } from '@/app/lazy-views';
import { TOP_N } from '@/features/presentation/presentation-model';
import { useAppStore } from '@/stores/app-store';

export function Presentation() {
  const { t } = useTranslation('app');
  const presenting = useAppStore((s) => s.presenting);
  if (!presenting) return null;
  // A map that fails to load must not take the slides down with it.
  const guarded = (map: ReactNode) => (
    <ErrorBoundary area={t('area.presentationMap')}>
      <Suspense fallback={null}>{map}</Suspense>
    </ErrorBoundary>
  );
  return (
    <ErrorBoundary area={t('area.presentation')}>
      <Suspense fallback={null}>
        <PresentationMode
          map={guarded(<SpotlightMap count={TOP_N} />)}
          overviewMap={(where) => guarded(<StateOverviewMap where={where} />)}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
