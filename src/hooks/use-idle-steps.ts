import { useEffect, useState } from 'react';

/** Runs `task` when the browser is idle (or after `timeout` ms at the latest); returns a cancel. */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}

/**
 * 1 on the first render, then one more each time the browser is idle after a commit, up to
 * `steps`: a view of several heavy parts (the four charts) mounts them one task at a time, so no
 * single task blocks input for the whole view.
 */
export function useIdleSteps(steps: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= steps) return;
    return whenIdle(() => setShown((n) => Math.min(steps, n + 1)), 500);
  }, [shown, steps]);
  return shown;
}
