import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDataset, requestDatasetFiles } from '@/data/load-dataset';

export const DATA_BASE_URL = `${import.meta.env.BASE_URL}data/`;

let early: Promise<Response>[] | null = null;

/**
 * Sends the dataset requests now (main.tsx, before the language and the first render), so the
 * network works while the page starts; the dataset query reads them once (a retry fetches anew).
 */
export function requestDatasetEarly(): void {
  early ??= requestDatasetFiles(DATA_BASE_URL);
}

function takeEarly(): Promise<Response>[] | undefined {
  const requests = early ?? undefined;
  early = null;
  return requests;
}

/** The one way the app reads the dataset: cached for the session, never copied into a store. */
export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', DATA_BASE_URL],
  queryFn: () => fetchDataset(DATA_BASE_URL, fetch, takeEarly()),
  staleTime: Infinity,
  gcTime: Infinity,
  // A missing or malformed file will not fix itself by retrying; the panel offers Retry.
  retry: false,
});

export function useDataset() {
  return useQuery(datasetQueryOptions);
}
