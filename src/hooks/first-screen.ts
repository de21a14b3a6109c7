import { useEffect, useState } from 'react';
import { whenIdle } from '@/hooks/use-idle-steps';
import { PERF_MARKS } from '@/hooks/use-ranking-marks';

// The frame with the ranked matches reaches the display some tens of ms after the commit that
// painted it (the compositor still rasterises it). An idle callback fires in that gap: the map and
// charts chunks and the policies requested then shared the link with the first screen and ended
// before it was shown. So work the first screen does not show waits for the screen to be shown.
const SHOWN_WAIT_MS = 1500;

let shown: Promise<void> | undefined;

function canObserveLargestPaint(): boolean {
  return (
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('largest-contentful-paint')
  );
}

/**
 * Resolves once a frame presented after the ranked matches first committed (the `matches-rendered`
 * mark) has a largest-contentful-paint entry: the first screen is on the display. At the latest
 * after 1.5 s (no new largest element, input before it, a hidden tab), and at once where the browser
 * reports no such entries. Once per page.
 */
export function firstScreenShown(): Promise<void> {
  shown ??= new Promise((resolve) => {
    if (!canObserveLargestPaint()) return resolve();
    const since = performance.getEntriesByName(PERF_MARKS.firstRender)[0]?.startTime ?? performance.now();
    const done = () => {
      window.clearTimeout(timer);
      observer.disconnect();
      resolve();
    };
    const timer = window.setTimeout(done, SHOWN_WAIT_MS);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.startTime >= since)) done();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
  return shown;
}

/** Runs `task` when the browser is idle after the first screen is shown; returns a cancel. */
export function afterFirstScreen(task: () => void, timeout?: number): () => void {
  let live = true;
  let cancelIdle: (() => void) | undefined;
  void firstScreenShown().then(() => {
    if (live) cancelIdle = whenIdle(task, timeout);
  });
  return () => {
    live = false;
    cancelIdle?.();
  };
}

/** False until the browser is idle after the first screen is shown: for parts that can wait. */
export function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => afterFirstScreen(() => setReady(true)), []);
  return ready;
}
