import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { firstData } from '@/app/first-data';
import type { ParsedDataset } from '@/data/parse-dataset';

const KEY = ['dataset', 'test'];
const loaded = { dataset: {}, problems: [] } as unknown as ParsedDataset;
const options = (queryFn: () => Promise<ParsedDataset>) => ({ queryKey: KEY, queryFn, retry: false as const });

describe('firstData: the first render waits briefly for the dataset', () => {
  it('resolves as soon as the dataset is in the cache', async () => {
    const client = new QueryClient();
    const started = performance.now();
    await firstData(
      client,
      5_000,
      options(() => Promise.resolve(loaded)),
    );
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(client.getQueryData(KEY)).toBe(loaded);
  });

  it('gives up after the wait and leaves the load running (progress is shown instead)', async () => {
    const client = new QueryClient();
    let finish: (v: ParsedDataset) => void = () => undefined;
    await firstData(
      client,
      20,
      options(() => new Promise((resolve) => (finish = resolve))),
    );
    expect(client.getQueryState(KEY)?.status).toBe('pending');
    finish(loaded);
    await vi.waitFor(() => expect(client.getQueryState(KEY)?.status).toBe('success'));
  });

  it('does not throw when the dataset fails: the error is in the cache for the first render', async () => {
    const client = new QueryClient();
    await expect(
      firstData(
        client,
        5_000,
        options(() => Promise.reject(new Error('broken'))),
      ),
    ).resolves.toBeUndefined();
    expect(client.getQueryState(KEY)?.status).toBe('error');
  });
});
