import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDataset } from '@/data/load-dataset';

export const DATA_BASE_URL = `${import.meta.env.BASE_URL}data/`;

/** The one way the app reads the dataset: cached for the session, never copied into a store. */
export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', DATA_BASE_URL],
  queryFn: () => fetchDataset(DATA_BASE_URL),
  staleTime: Infinity,
  gcTime: Infinity,
  // A missing or malformed file will not fix itself by retrying; the panel offers Retry.
  retry: false,
});

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
