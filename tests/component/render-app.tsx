// The one way component tests render the app: fetch (the real network boundary) is stubbed to
// serve the given files, and the app runs with its own providers and store.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { Providers } from '@/app/providers';
import { Shell } from '@/app/shell';
import { wrapFile } from '@/data/dataset-version';
import { VERSION_FIELD } from '@/data/dataset-version-error';
import { DATASET_FILES, type DatasetFileName, type ParsedDataset, type RawDataset } from '@/data/parse-dataset';
import { annexQueryOptions, datasetQueryOptions } from '@/hooks/use-dataset';
import type { FullDataset } from '@/domain/types';

type FileBodies = Partial<Record<keyof RawDataset, unknown>> & Record<string, unknown>;

/** A body as parseDataset reads it, served the way public/data holds it: with meta.json's version. */
function asServed(files: FileBodies, name: string, body: unknown): unknown {
  const meta = files['meta.json'] as { version?: unknown } | undefined;
  const alreadyServed = typeof body === 'object' && body !== null && VERSION_FIELD in body;
  if (!DATASET_FILES.includes(name as DatasetFileName) || alreadyServed || typeof meta?.version !== 'string') {
    return body;
  }
  return wrapFile(name as DatasetFileName, body, meta.version);
}

interface RenderAppOptions {
  /**
   * What fetch serves, by file name: bodies as parseDataset reads them, sent with meta.json's dataset
   * version unless they carry one; strings are sent as they are; a missing file is a 404.
   */
  files?: FileBodies;
  /**
   * A dataset already loaded, as after the first fetch: what it renders shows at once. With every
   * file's records (a `parseDataset` result), its policies and context figures are loaded too.
   */
  dataset?: ParsedDataset;
  /** The address the app opens at, e.g. `/?s=aerospace`. */
  url?: string;
  /** What to render inside the providers; the whole shell by default. */
  ui?: ReactNode;
}

function stubDataFetch(files: FileBodies) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const name = url.slice(url.lastIndexOf('/') + 1);
    if (!(name in files)) return new Response('not found', { status: 404, statusText: 'Not Found' });
    const body = files[name];
    return new Response(typeof body === 'string' ? body : JSON.stringify(asServed(files, name, body)), {
      status: 200,
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function renderApp({ files = {}, dataset, url, ui = <Shell /> }: RenderAppOptions = {}) {
  const fetchMock = stubDataFetch(files);
  if (url !== undefined) window.history.replaceState(null, '', url);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (dataset) client.setQueryData(datasetQueryOptions.queryKey, dataset);
  if (dataset && 'policies' in dataset.dataset) {
    const { policies, context } = dataset.dataset as FullDataset;
    client.setQueryData(annexQueryOptions(dataset).queryKey, { annex: { policies, context }, problems: [] });
  }
  return { ...render(<Providers client={client}>{ui}</Providers>), fetchMock };
}
