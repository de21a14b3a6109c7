import { useEffect, useRef } from 'react';
import { applyShareLink, encodeView } from '@/app/url-state';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';

/**
 * Reads the link once when the dataset is ready, then mirrors profile, weights, filters and
 * selection into the address bar (replaceState: no history entry per slider move).
 */
export function UrlSync() {
  const dataset = useDatasetValue();
  const applied = useRef(false);

  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    const store = useAppStore.getState();
    for (const message of applyShareLink(window.location.search, dataset, store, useAppStore.getState))
      store.addNotice('url', message);

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

  return null;
}
