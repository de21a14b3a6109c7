import { useMemo } from 'react';
import { moveUpLines } from '@/domain/ranking/move-up-text';
import { toColumn, type CompareColumn } from '@/features/compare/compare-model';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useRankingView } from '@/hooks/use-ranking';

/** One column per chosen cluster, in the chosen order; a cluster the filters hide keeps its score. */
export function useCompareColumns(ids: readonly string[]): CompareColumn[] {
  const { ranking, visibleById } = useRankingView();
  const index = useDatasetIndex();
  return useMemo(
    () =>
      ids.flatMap((id) => {
        const match = ranking.byId(id);
        return match ? [toColumn(match, index, visibleById(id) === undefined, moveUpLines(ranking, id))] : [];
      }),
    [ids, ranking, visibleById, index],
  );
}
