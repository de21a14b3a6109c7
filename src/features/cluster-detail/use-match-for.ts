import type { Match } from '@/domain/ranking/types';
import { useRankingView } from '@/hooks/use-ranking';

/**
 * The selected cluster's match: the list's when it is shown there, else its score in the full
 * ranking (a cluster hidden by the filters, e.g. chosen on the map, is scored all the same).
 */
export function useMatchFor(id: string | null): { match: Match | null; filteredOut: boolean } {
  const { ranking, visibleById } = useRankingView();
  if (!id) return { match: null, filteredOut: false };
  const inList = visibleById(id);
  const match = inList ?? ranking.byId(id) ?? null;
  return { match, filteredOut: !inList && match !== null };
}
