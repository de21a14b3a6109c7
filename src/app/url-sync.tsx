import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { applyShareLink, encodeView } from '@/app/url-state';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { whenIdle } from '@/hooks/use-idle-steps';
import { useAppStore } from '@/stores/app-store';

/**
 * Reads the link once when the dataset is ready, then mirrors profile, weights, filters and
 * selection into the address bar (replaceState: no history entry per slider move), when idle. The views
 * under it render only once the link is applied (a layout effect, so before the first paint): a
 * first render with the blank profile would rank every cluster in its own sector for nothing.
 */
export function UrlSync({ children }: { children: ReactNode }) {
  const dataset = useDatasetValue();
  const applied = useRef(false);
  const [ready, setReady] = useState(false);

  useLayoutEffect(() => {
    if (applied.current) return;
    applied.current = true;
    const store = useAppStore.getState();
    for (const message of applyShareLink(window.location.search, dataset, store, useAppStore.getState))
      store.addNotice('url', message);
    setReady(true);

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
