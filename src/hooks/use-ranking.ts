import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { rank } from '@/domain/ranking/rank';
import { stateStrength } from '@/domain/ranking/state-strength';
import type { Match, StateStrength } from '@/domain/ranking/types';
import { useDatasetIndex, useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';

/** The ranked, filtered matches for the current profile, weights and filters. */
export function useRanking(): Match[] {
  const index = useDatasetIndex();
  const { profile, weights, expiredLabelFactor, filters } = useAppStore(
    useShallow((s) => ({
      profile: s.profile,
      weights: s.weights,
      expiredLabelFactor: s.expiredLabelFactor,
      filters: s.filters,
    })),
  );
  return useMemo(
    () => rank(profile, index, { weights, expiredLabelFactor, filters }),
    [profile, index, weights, expiredLabelFactor, filters],
  );
}

/** The sector the state-strength views use: the first chosen sector, if any. */
export function usePrimarySector(): string | null {
  return useAppStore((s) => s.profile.sectors[0] ?? null);
}

export function useStateStrength(): StateStrength[] {
  const index = useDatasetIndex();
  const sector = usePrimarySector();
  return useMemo(() => (sector ? stateStrength(index, sector) : []), [index, sector]);
}

/** The cluster record for an id, or null. */
export function useCluster(id: string | null) {
  const dataset = useDatasetValue();
  return useMemo(() => (id ? (dataset.clusters.find((c) => c.id === id) ?? null) : null), [dataset, id]);
}

/** User-timing names read by `npm run bench:web` and tests/e2e/budgets.e2e.ts (issue 7 budgets). */
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
  const inputs = useAppStore(
    useShallow((s) => ({
      profile: s.profile,
      weights: s.weights,
      expiredLabelFactor: s.expiredLabelFactor,
      filters: s.filters,
    })),
  );

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
