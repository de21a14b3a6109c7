import { useMemo } from 'react';
import { EMPTY_FILTERS } from '@/domain/profile';
import { rank } from '@/domain/ranking/rank';
import type { Match } from '@/domain/ranking/types';
import { findMatch } from '@/features/cluster-detail/cluster-detail-model';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useRanking } from '@/hooks/use-ranking';
import { useRankingInputs } from '@/stores/selectors';

/**
 * The selected cluster's match. A cluster hidden by the filters (e.g. chosen on the map) is
 * scored without them, so its explanation is always available.
 */
export function useMatchFor(id: string | null): { match: Match | null; filteredOut: boolean } {
  const matches = useRanking();
  const index = useDatasetIndex();
  const { profile, weights, expiredLabelFactor } = useRankingInputs();
  const inList = useMemo(() => findMatch(matches, id), [matches, id]);
  const unfiltered = useMemo(() => {
    if (inList || !id) return null;
    return findMatch(rank(profile, index, { weights, expiredLabelFactor, filters: EMPTY_FILTERS }), id);
  }, [inList, id, profile, index, weights, expiredLabelFactor]);
  return { match: inList ?? unfiltered, filteredOut: !inList && unfiltered !== null };
}
