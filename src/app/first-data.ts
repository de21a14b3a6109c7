import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import type { ParsedDataset } from '@/data/parse-dataset';
import { datasetQueryOptions } from '@/hooks/use-dataset';

/**
 * How long the first render waits for the dataset. The bundled dataset is preloaded from
 * index.html and is usually validated within this time, so the first frame already shows the
 * ranked matches: no loading frame, no second full render, and the largest paint comes sooner.
 * A large or slow dataset renders the shell and its progress after this time instead.
 */
export const FIRST_DATA_WAIT_MS = 500;

export async function firstData(
  client: QueryClient,
  waitMs = FIRST_DATA_WAIT_MS,
  options: FetchQueryOptions<ParsedDataset, Error, ParsedDataset, string[]> = datasetQueryOptions,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  // prefetchQuery never throws: a failed load is in the cache and the first render shows its panel.
  await Promise.race([client.prefetchQuery(options), waited]);
  clearTimeout(timer);
}
