import { hashKey, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { applyShareLink, encodeView } from '@/app/url-state';
import type { Dataset } from '@/domain/types';
import { datasetQueryOptions } from '@/hooks/use-dataset';
import { whenIdle } from '@/hooks/use-idle-steps';
import { useDatasetValue, withOwnFacts } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { useOwnFactsStore } from '@/stores/own-facts-store';

// The clients whose link was applied before the dataset first rendered (per client, so each
// component test's fresh client starts over).
const appliedEarly = new WeakSet<QueryClient>();

function applyLink(dataset: Dataset): void {
  const store = useAppStore.getState();
  for (const message of applyShareLink(window.location.search, dataset, store, useAppStore.getState))
    store.addNotice('url', message);
}

function applyFromCache(client: QueryClient): boolean {
  const parsed = client.getQueryData(datasetQueryOptions.queryKey);
  if (!parsed || appliedEarly.has(client)) return Boolean(parsed);
  appliedEarly.add(client);
  applyLink(withOwnFacts(parsed, useOwnFactsStore.getState().replica).dataset);
  return true;
}

/**
 * Applies the link as soon as the dataset is in the cache, before React renders it (main.tsx, before
 * the first render): that render ranks for the linked profile at once, with no empty pass and no
 * re-render of the whole dashboard from a layout effect (synchronous: one long task). A dataset
 * that arrives after the first render is caught by a cache listener, still before React renders it.
 */
export function applyLinkWhenLoaded(client: QueryClient): void {
  if (applyFromCache(client)) return;
  const cache = client.getQueryCache();
  const hash = hashKey(datasetQueryOptions.queryKey);
  const stop = cache.subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryHash !== hash) return;
    if (event.query.state.status === 'error') stop();
    else if (applyFromCache(client)) stop();
  });
}

/**
 * Reads the link once when the dataset is ready, then mirrors profile, weights, filters and
 * selection into the address bar (replaceState: no history entry per slider move), when idle. The views
 * under it render only once the link is applied (before the first render when the dataset was
 * loaded, see applyLinkWhenLoaded; else in a layout effect, so before the first paint): a first
 * render with the blank profile would rank every cluster in its own sector for nothing.
 */
export function UrlSync({ children }: { children: ReactNode }) {
  const dataset = useDatasetValue();
  const early = appliedEarly.has(useQueryClient());
  const applied = useRef(early);
  const [ready, setReady] = useState(early);

  useLayoutEffect(() => {
    if (!applied.current) {
      applied.current = true;
      applyLink(dataset);
      setReady(true);
    }
    // Subscribed again whenever the dataset changes (the user's own facts make a new one): the
    // cleanup of the previous run unsubscribed, and the address bar must keep following.

    let last = '';
    let cancel: (() => void) | null = null;
    const write = () => {
      cancel = null;
      const query = encodeView(useAppStore.getState(), false);
      if (query === last) return;
      last = query;
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    };
    write();
    // Written when the browser is idle (300 ms at the latest, well before a person can reload),
    // not inside the click that changed the state: the list, the map and the charts answer first.
    const unsubscribe = useAppStore.subscribe(() => (cancel ??= whenIdle(write, 300)));
    return () => {
      cancel?.();
      unsubscribe();
    };
  }, [dataset]);

  return ready ? children : null;
}
