import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { Shell } from '@/app/shell';
import { VERSION_FIELD, wrapFile } from '@/data/dataset-version';
import { DATASET_FILES, type DatasetFileName, type RawDataset } from '@/data/parse-dataset';

export type FileBodies = Partial<Record<keyof RawDataset, unknown>> & Record<string, unknown>;

/** A body as parseDataset reads it, served the way public/data holds it: with meta.json's version. */
function asServed(files: FileBodies, name: string, body: unknown): unknown {
  const meta = files['meta.json'] as { version?: unknown } | undefined;
  const alreadyServed = typeof body === 'object' && body !== null && VERSION_FIELD in body;
  if (!DATASET_FILES.includes(name as DatasetFileName) || alreadyServed || typeof meta?.version !== 'string') {
    return body;
  }
  return wrapFile(name as DatasetFileName, body, meta.version);
}

/**
 * Stubs fetch (the real network boundary) to serve the given files; strings are sent raw, other
 * bodies with meta.json's dataset version unless they already carry one.
 */
export function stubDataFetch(files: FileBodies) {
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

export function renderShell() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <Providers client={client}>
      <Shell />
    </Providers>,
  );
}

export { App };
