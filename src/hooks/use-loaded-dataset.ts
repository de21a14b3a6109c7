import { useQuery } from '@tanstack/react-query';
import type { ParsedDataset } from '@/data/parse-dataset';
import type { Dataset } from '@/domain/types';
import { buildIndex } from '@/domain/ranking/build-index';
import type { DatasetIndex } from '@/domain/ranking/types';
import { datasetQueryOptions } from '@/hooks/use-dataset';

/** For components rendered only once the dataset has loaded (below the shell). */
export function useLoadedDataset(): ParsedDataset {
  const { data } = useQuery(datasetQueryOptions);
  if (!data) throw new Error('The dataset is not loaded yet.');
  return data;
}

export function useDatasetValue(): Dataset {
  return useLoadedDataset().dataset;
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

export function useDatasetIndex(): DatasetIndex {
  return indexFor(useDatasetValue());
}
