import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { applyShareLink, encodeView } from '@/app/url-state';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';

/**
 * Reads the link once when the dataset is ready, then mirrors profile, weights, filters and
 * selection into the address bar (replaceState: no history entry per slider move). The views
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
    const write = () => {
      const query = encodeView(useAppStore.getState(), false);
      if (query === last) return;
      last = query;
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    };
    write();
    return useAppStore.subscribe(write);
  }, [dataset]);

  return ready ? children : null;
}
