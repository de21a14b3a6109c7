import { useMemo } from 'react';
import { moveUpLines } from '@/domain/ranking/move-up-text';
import { useRankingView } from '@/hooks/use-ranking';

/** What would move one cluster up, computed lazily for the cluster a view shows (see counterfactual.ts). */
export function useMoveUp(clusterId: string): string[] {
  const { ranking } = useRankingView();
  return useMemo(() => moveUpLines(ranking, clusterId), [ranking, clusterId]);
}
