import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { Shell } from '@/app/shell';
import type { RawDataset } from '@/data/parse-dataset';

export type FileBodies = Partial<Record<keyof RawDataset, unknown>> & Record<string, unknown>;

/** Stubs fetch (the real network boundary) to serve the given files; strings are sent raw. */
export function stubDataFetch(files: FileBodies) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const name = url.slice(url.lastIndexOf('/') + 1);
    if (!(name in files)) return new Response('not found', { status: 404, statusText: 'Not Found' });
    const body = files[name];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
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
