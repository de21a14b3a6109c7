import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { applyShareLink, encodeView } from '@/app/url-state';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { whenIdle } from '@/hooks/use-idle-steps';
import { useAppStore } from '@/stores/app-store';

/** At the latest this long (ms) after a change, the address bar shows it. */
const URL_WRITE_TIMEOUT = 300;

/** Mirrors the view into the address bar until the returned function is called. */
function mirrorToAddressBar(): () => void {
  let last = '';
  let cancel: (() => void) | null = null;
  const write = () => {
    cancel?.();
    cancel = null;
    const query = encodeView(useAppStore.getState(), false);
    if (query === last) return;
    last = query;
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  };
  // Written when the browser is idle, not inside the click that changed the state: the list, the
  // map and the charts answer first. A page being left writes at once, so a reload keeps the view.
  const schedule = () => {
    cancel ??= whenIdle(write, URL_WRITE_TIMEOUT);
  };
  const leaving = () => {
    if (cancel) write();
  };
  write();
  const unsubscribe = useAppStore.subscribe(schedule);
  window.addEventListener('pagehide', leaving);
  document.addEventListener('visibilitychange', leaving);
  return () => {
    unsubscribe();
    cancel?.();
    window.removeEventListener('pagehide', leaving);
    document.removeEventListener('visibilitychange', leaving);
  };
}

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
  }, [dataset]);

  // Its own effect: a new dataset (the user's own facts laid over it) must not end the mirroring.
  useEffect(() => (ready ? mirrorToAddressBar() : undefined), [ready]);

  return ready ? children : null;
}
