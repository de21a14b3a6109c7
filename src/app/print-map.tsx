import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/error-boundary';
import { Loading } from '@/components/loading';
import { ScheduleMap } from '@/app/lazy-views';

type Stops = ReadonlyArray<{ id: string; order: number }>;

function PrintMap({ stops }: { stops: Stops }) {
  const { t } = useTranslation('app');
  return (
    // The sheet still prints without its map.
    <ErrorBoundary area={t('area.meetingsMap')}>
      <Suspense fallback={<Loading what={t('loading.map')} />}>
        <ScheduleMap stops={stops} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The numbered map of the partners one printout meets (meeting list print, B2B agendas). */
export const printMap = (stops: Stops) => <PrintMap stops={stops} />;
