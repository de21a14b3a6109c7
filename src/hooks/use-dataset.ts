import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAnnex, startDatasetLoad } from '@/data/load-dataset';
import type { ParsedDataset } from '@/data/parse-dataset';
import { runStepsSliced } from '@/data/load-progress';
import type { Dataset } from '@/domain/types';
import { buildIndex, buildIndexSteps } from '@/domain/ranking/build-index';
import type { DatasetIndex } from '@/domain/ranking/types';

export const DATA_BASE_URL = `${import.meta.env.BASE_URL}data/`;

let early: (() => Promise<ParsedDataset>) | null = null;

/**
 * Starts loading the dataset now (main.tsx, before the language and the first render): the network
 * and the dataset worker work while the page starts; the dataset query reads it once (a retry loads anew).
 */
export function requestDatasetEarly(): void {
  early ??= startDatasetLoad(DATA_BASE_URL);
}

function takeEarly(): () => Promise<ParsedDataset> {
  const read = early ?? startDatasetLoad(DATA_BASE_URL);
  early = null;
  return read;
}

// One index per dataset object, shared by every component (built once, not per render).
const indexCache = new WeakMap<Dataset, DatasetIndex>();

export function indexFor(dataset: Dataset): DatasetIndex {
  let index = indexCache.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    indexCache.set(dataset, index);
  }
  return index;
}

/** From this many clusters on, the index is built before the first render, in slices. */
const SLICED_INDEX_FROM = 2000;

/**
 * The index of a large dataset is built while the loading screen shows, in slices: built at the
 * first render, 100,000 clusters would block the page for a second. A small one is built at the
 * first render, in the same task (a slice would hand the page's other work a turn first). (With
 * the user's own facts laid over it, the dataset is another object, indexed when first read.)
 */
async function loadDataset() {
  const parsed = await takeEarly()();
  const { dataset, nameOrder } = parsed;
  if (dataset.clusters.length >= SLICED_INDEX_FROM && !indexCache.has(dataset))
    indexCache.set(dataset, await runStepsSliced(buildIndexSteps(dataset, nameOrder)));
  return parsed;
}

/** The one way the app reads the dataset: cached for the session, never copied into a store. */
export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', DATA_BASE_URL],
  queryFn: loadDataset,
  staleTime: Infinity,
  gcTime: Infinity,
  // A missing or malformed file will not fix itself by retrying; the panel offers Retry.
  retry: false,
});

export function useDataset() {
  return useQuery(datasetQueryOptions);
}

/**
 * Policies and context figures of a loaded dataset: requested after the first render by the views
 * that show them (policies, context chart, print, Data quality), and checked against its files.
 */
export const annexQueryOptions = (parsed: ParsedDataset) =>
  // The version names the set the annex must belong to; the dataset object itself is no key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ['dataset-annex', DATA_BASE_URL, parsed.dataset.meta.version],
    queryFn: () => fetchAnnex(DATA_BASE_URL, parsed.dataset),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // After a failure only the alert's Retry asks again: a view opened meanwhile shows the failure.
    retryOnMount: false,
  });
