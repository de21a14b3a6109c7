/*
 * Every cluster scored for one profile; the formula (relevance first: with a sector chosen the
 * other criteria count in proportion to the sector fit) lives in total.ts, the criteria in
 * criterion-scores.ts. Total rounded to 1 decimal; order: total descending, then fit, then name
 * (Spanish collation), then id. Filters never change a score: every cluster is ranked, and a
 * filter only picks what a list shows.
 */
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, type Filters, type Profile } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import { DEFAULT_EXPIRED_LABEL_FACTOR } from '@/domain/labels';
import { createContext, type RankContext } from '@/domain/ranking/context';
import { compileFilters, passesFilters } from '@/domain/ranking/filters';
import { RankedMatch } from '@/domain/ranking/ranked-match';
import { decodeKey, fitTier, sortKey, totalTenths } from '@/domain/ranking/total';
import type { ClusterFacts, DatasetIndex, Match, RankOptions, ScoreOptions } from '@/domain/ranking/types';

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  weights: DEFAULT_WEIGHTS,
  expiredLabelFactor: DEFAULT_EXPIRED_LABEL_FACTOR,
  filters: EMPTY_FILTERS,
};

/** Every cluster scored for one profile: the one ranking pass every view shares. */
export interface Ranking {
  index: DatasetIndex;
  asOf: string;
  /** Best first; rank = position + 1. */
  all: readonly RankedMatch[];
  /** Any cluster's match, whatever the filters hide; undefined for an id not in the dataset. */
  byId: (clusterId: string) => RankedMatch | undefined;
  /** What the pass was computed from, so a what-if (counterfactual.ts) uses the same engine. */
  profile: Profile;
  options: ScoreOptions;
  context: RankContext;
}

/** Scored and sorted; deterministic and independent of the input order of clusters. */
export function rankAll(profile: Profile, index: DatasetIndex, options: ScoreOptions): Ranking {
  const n = index.clusters.length;
  const ctx = createContext(profile, index, options.weights, options.expiredLabelFactor);
  // The sort key packs (total, fit, name position) into one exact integer: one native numeric sort.
  const keys = new Float64Array(n);
  const positionByName = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const namePos = index.nameOrder[i] as number;
    positionByName[namePos] = i;
    keys[i] = sortKey(totalTenths(ctx, i), fitTier(ctx, i), namePos, n);
  }
  keys.sort();
  const all = new Array<RankedMatch>(n);
  const rankByPosition = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const { tenths, namePos } = decodeKey(keys[r] as number, n);
    const i = positionByName[namePos] as number;
    all[r] = RankedMatch.create(ctx, i, tenths / 10, r + 1);
    rankByPosition[i] = r;
  }
  const byId = (clusterId: string) => {
    const i = index.positionById.get(clusterId);
    return i === undefined ? undefined : all[rankByPosition[i] as number];
  };
  return { index, asOf: profile.asOf, all, byId, profile, options, context: ctx };
}

/** What a list shows: the matches passing the filters, in rank order, ranked 1.. among themselves. */
export function filterRanking(ranking: Ranking, filters: Filters): RankedMatch[] {
  const compiled = compileFilters(filters, ranking.asOf.slice(0, 10));
  if (!compiled.active) return ranking.all as RankedMatch[];
  const { positionById, facts } = ranking.index;
  const visible: RankedMatch[] = [];
  for (const match of ranking.all) {
    const i = positionById.get(match.cluster.id) as number;
    if (passesFilters(match.cluster as Cluster, facts[i] as ClusterFacts, compiled))
      visible.push(match.withRank(visible.length + 1));
  }
  return visible;
}

/** Ranked and filtered in one call (tests, benchmarks, one-off views). */
export function rank(profile: Profile, index: DatasetIndex, options: RankOptions): Match[] {
  return filterRanking(rankAll(profile, index, options), options.filters);
}
