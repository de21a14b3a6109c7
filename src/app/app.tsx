import { Providers } from '@/app/providers';
import { ErrorBoundary } from '@/components/error-boundary';
import { Shell } from '@/app/shell';

export function App() {
  return (
    <ErrorBoundary>
      <Providers>
        <Shell />
      </Providers>
    </ErrorBoundary>
  );
}
