import { useDataset } from '@/hooks/use-dataset';
import { DatasetError } from '@/app/dataset-error';
import { Dashboard } from '@/app/dashboard';

export function Shell() {
  const query = useDataset();
  return (
    <div className="flex h-full flex-col">
      <header className="flex h-14 shrink-0 items-center gap-4 bg-brand-900 px-4 text-white">
        <h1 className="text-lg font-bold tracking-tight">EU–Mexico Cluster Matchmaking</h1>
        {query.data && (
          <span className="text-sm text-brand-100">
            {query.data.dataset.clusters.length} Mexican cluster organisations · dataset{' '}
            {query.data.dataset.meta.version}
          </span>
        )}
      </header>
      {query.isPending && (
        <div role="status" aria-live="polite" className="m-auto flex items-center gap-3 text-lg text-slate-700">
          <span
            className="inline-block h-5 w-5 animate-spin rounded-full border-4 border-brand-600 border-t-transparent"
            aria-hidden
          />
          Loading the cluster dataset…
        </div>
      )}
      {query.isError && (
        <DatasetError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}
      {query.data && <Dashboard parsed={query.data} />}
    </div>
  );
}
