import type { Ranking } from '@/domain/ranking/rank';
import type { RankedMatch } from '@/domain/ranking/ranked-match';
import { stateStrength } from '@/domain/ranking/state-strength';
import type { StateStrength } from '@/domain/ranking/types';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { rankingFor, rankingViewFor, type RankingView } from '@/hooks/ranking-memo';
import type { Shortlist } from '@/domain/shortlist';
import { useRankingInputs } from '@/stores/selectors';
import { useAppStore } from '@/stores/app-store';
import { useMemo } from 'react';

/** The shared ranking for the current profile, weights and filters (one pass per change). */
export function useRankingView(): RankingView {
  const index = useDatasetIndex();
  const inputs = useRankingInputs();
  const language = useAppStore((s) => s.language);
  return rankingViewFor(index, inputs, language);
}

/** What the list shows: the ranked matches that pass the filters. */
export function useRanking(): readonly RankedMatch[] {
  return useRankingView().visible;
}

/** Every cluster's score, whatever the filters hide (shortlist, meeting list, exports, detail, compare). */
export function useFullRanking(): Ranking {
  return useRankingView().ranking;
}

/**
 * The ranking a saved list is scored with: its own profile's, or the dashboard's for a list that
 * keeps none (saved before lists kept one). The meeting list, its print and its exports read this.
 */
export function useListRanking(list: Pick<Shortlist, 'profile'> | null): Ranking {
  const index = useDatasetIndex();
  const inputs = useRankingInputs();
  const language = useAppStore((s) => s.language);
  const own = list?.profile;
  return own ? rankingFor(index, own, language) : rankingViewFor(index, inputs, language).ranking;
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
  const index = useDatasetIndex();
  if (id === null) return null;
  const i = index.positionById.get(id);
  return i === undefined ? null : (index.clusters[i] ?? null);
}
