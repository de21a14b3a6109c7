import { DatasetError } from '@/app/dataset-error';
import { useDatasetAnnex } from '@/hooks/use-loaded-dataset';

/** Says, above the dashboard, that policies or context figures failed to load, with Retry. */
export function AnnexError() {
  const annex = useDatasetAnnex();
  if (!annex.isError) return null;
  return <DatasetError annex error={annex.error} onRetry={() => void annex.refetch()} retrying={annex.isFetching} />;
}
