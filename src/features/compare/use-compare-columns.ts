import { useMemo } from 'react';
import { EMPTY_FILTERS } from '@/domain/profile';
import { rank } from '@/domain/ranking/rank';
import { pickMatches, toColumn, type CompareColumn } from '@/features/compare/compare-model';
import { useDatasetIndex, useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useRanking } from '@/hooks/use-ranking';
import { useRankingInputs } from '@/stores/selectors';

/** One column per chosen cluster; clusters the filters hide are scored without the filters. */
export function useCompareColumns(ids: readonly string[]): CompareColumn[] {
  const matches = useRanking();
  const dataset = useDatasetValue();
  const index = useDatasetIndex();
  const { profile, weights, expiredLabelFactor } = useRankingInputs();
  return useMemo(() => {
    const inList = new Set(pickMatches(ids, matches).map((m) => m.cluster.id));
    const needUnfiltered = ids.some((id) => !inList.has(id));
    const unfiltered = needUnfiltered
      ? rank(profile, index, { weights, expiredLabelFactor, filters: EMPTY_FILTERS })
      : [];
    return pickMatches(ids, matches, unfiltered).map((m) =>
      toColumn(m, dataset, profile.asOf, expiredLabelFactor, !inList.has(m.cluster.id)),
    );
  }, [ids, matches, dataset, index, profile, weights, expiredLabelFactor]);
}
