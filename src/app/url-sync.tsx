import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { applyShareLink, encodeView } from '@/app/url-state';
import type { Dataset } from '@/domain/types';
import { datasetQueryOptions } from '@/hooks/use-dataset';
import { useDatasetValue, withOwnFacts } from '@/hooks/use-loaded-dataset';
import { whenIdle } from '@/hooks/use-idle-steps';
import { useAppStore } from '@/stores/app-store';
import { useOwnFactsStore } from '@/stores/own-facts-store';

/** True when main.tsx applied the link before the first render (the dataset was already loaded). */
export const LinkApplied = createContext(false);

function applyLink(dataset: Dataset): void {
  const store = useAppStore.getState();
  for (const message of applyShareLink(window.location.search, dataset, store, useAppStore.getState))
    store.addNotice('url', message);
}

/**
 * Applies the link before the first render when the dataset is already in the cache, so that render
 * ranks for the linked profile at once: no empty pass, and no re-render of the whole dashboard in
 * the first commit (a layout-effect update is synchronous, one long task). Returns whether it did.
 */
export function applyLinkBeforeRender(client: QueryClient): boolean {
  const parsed = client.getQueryData(datasetQueryOptions.queryKey);
  if (!parsed) return false;
  applyLink(withOwnFacts(parsed, useOwnFactsStore.getState().replica).dataset);
  return true;
}

/**
 * Reads the link once when the dataset is ready, then mirrors profile, weights, filters and
 * selection into the address bar (replaceState: no history entry per slider move), when idle. The views
 * under it render only once the link is applied (before the first render when the dataset was
 * ready, see applyLinkBeforeRender; else in a layout effect, so before the first paint): a first
 * render with the blank profile would rank every cluster in its own sector for nothing.
 */
export function UrlSync({ children }: { children: ReactNode }) {
  const dataset = useDatasetValue();
  const early = useContext(LinkApplied);
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
