import { useEffect, useLayoutEffect } from 'react';
import { useRankingInputs } from '@/stores/selectors';
import { useAppStore } from '@/stores/app-store';

/** User-timing names read by `npm run bench:web` and tests/e2e/budgets.e2e.ts (performance budgets). */
export const PERF_MARKS = {
  /** When the ranked matches first committed, in ms after navigation. */
  firstRender: 'matches-rendered',
  /** From a profile, weights or filter change in the store to the dashboard having committed. */
  rerank: 'rerank-render',
} as const;
const RERANK_START = 'ranking-input-changed';

/**
 * Marks the first render of the ranked matches and measures each re-rank + re-render. Call it
 * from a component committed after the matches (its layout effect then sees the whole update).
 * Only the latest measure is kept, so a long session does not grow the timeline.
 */
export function useRankingMarks(): void {
  const inputs = useRankingInputs();

  useLayoutEffect(() => {
    if (performance.getEntriesByName(PERF_MARKS.firstRender).length === 0) performance.mark(PERF_MARKS.firstRender);
  }, []);

  // Zustand calls listeners synchronously inside set(), so this marks the change itself.
  useEffect(
    () =>
      useAppStore.subscribe((next, prev) => {
        const changed =
          next.profile !== prev.profile ||
          next.weights !== prev.weights ||
          next.expiredLabelFactor !== prev.expiredLabelFactor ||
          next.filters !== prev.filters;
        if (changed) performance.mark(RERANK_START);
      }),
    [],
  );

  useLayoutEffect(() => {
    if (performance.getEntriesByName(RERANK_START, 'mark').length === 0) return;
    performance.clearMeasures(PERF_MARKS.rerank);
    performance.measure(PERF_MARKS.rerank, RERANK_START);
    performance.clearMarks(RERANK_START);
  }, [inputs.profile, inputs.weights, inputs.expiredLabelFactor, inputs.filters]);
}
