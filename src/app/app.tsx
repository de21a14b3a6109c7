import type { QueryClient } from '@tanstack/react-query';
import { Providers } from '@/app/providers';
import { ErrorBoundary } from '@/components/error-boundary';
import { Shell } from '@/app/shell';

export function App({ client }: { client?: QueryClient }) {
  return (
    <ErrorBoundary>
      <Providers client={client}>
        <Shell />
      </Providers>
    </ErrorBoundary>
  );
}
