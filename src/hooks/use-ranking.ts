import { useMemo } from 'react';
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
