import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ParsedDataset } from '@/data/parse-dataset';
import type { Dataset } from '@/domain/types';
import { overlayOwnFacts } from '@/domain/own-facts/overlay';
import type { OwnFacts } from '@/domain/own-facts/types';
import type { DatasetIndex } from '@/domain/ranking/types';
import { annexQueryOptions, datasetQueryOptions, indexFor } from '@/hooks/use-dataset';
import { afterFirstScreen } from '@/hooks/first-screen';
import { useOwnFacts } from '@/stores/own-facts-store';

// The dataset every view reads is the query's, with the user's own facts laid over it: one overlay per
// (dataset, own facts), so the index below, and every ranking, is rebuilt only when one of them changes.
let overlaid: { parsed: ParsedDataset; facts: OwnFacts; result: ParsedDataset } | null = null;

export function withOwnFacts(parsed: ParsedDataset, facts: OwnFacts): ParsedDataset {
  if (overlaid?.parsed === parsed && overlaid.facts === facts) return overlaid.result;
  const dataset = overlayOwnFacts(parsed.dataset, facts);
  const result = dataset === parsed.dataset ? parsed : { ...parsed, dataset };
  overlaid = { parsed, facts, result };
  return result;
}

/** For components rendered only once the dataset has loaded (below the shell). */
export function useLoadedDataset(): ParsedDataset {
  const { data } = useQuery(datasetQueryOptions);
  const facts = useOwnFacts();
  if (!data) throw new Error('The dataset is not loaded yet.');
  return withOwnFacts(data, facts);
}

export function useDatasetValue(): Dataset {
  return useLoadedDataset().dataset;
}

export function useDatasetIndex(): DatasetIndex {
  return indexFor(useDatasetValue());
}

/**
 * Policies and context figures (see annexQueryOptions). For components rendered only once the
 * dataset has loaded. The first caller requests them once the first screen is shown and the
 * browser is idle (`afterFirstScreen`: a request made before that shared the link with the first
 * screen and the largest paint waited for it); after that only the alert's Retry asks again, so
 * views opened meanwhile read what is cached.
 */
export function useDatasetAnnex() {
  const client = useQueryClient();
  const { data } = useQuery(datasetQueryOptions);
  if (!data) throw new Error('The dataset is not loaded yet.');
  useEffect(
    () =>
      afterFirstScreen(() => {
        const options = annexQueryOptions(data);
        const state = client.getQueryState(options.queryKey);
        // Never asked yet: no data, no error, no request in flight (a disabled observer made the entry).
        if (!state || (state.status === 'pending' && state.fetchStatus === 'idle')) void client.prefetchQuery(options);
      }),
    [client, data],
  );
  return useQuery({ ...annexQueryOptions(data), enabled: false });
}
