/*
 * total = 100 · Σ(w_i · s_i) / Σ(w_i), over criteria with w_i > 0 (all weights 0 → total 0),
 * rounded to 1 decimal. contribution_i = 100 · w_i · s_i / Σ(w_i), so contributions add up to
 * the unrounded total. A criterion the profile leaves empty (no sector, no interests chosen) gets
 * w_i = 0: it would not discriminate between clusters and would only inflate every total.
 * Order: total (as shown, 1 decimal) descending, then name (Spanish collation), then id.
 * Filters never change a score: every cluster is ranked, and a filter only picks what a list shows.
 */
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, type Filters, type Profile } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import { DEFAULT_EXPIRED_LABEL_FACTOR } from '@/domain/labels';
import { createContext, type RankContext } from '@/domain/ranking/context';
import {
  interestsScore,
  labelCriterionScore,
  linksScore,
  sectorScore,
  stateScore,
} from '@/domain/ranking/criterion-scores';
import { compileFilters, passesFilters } from '@/domain/ranking/filters';
import { RankedMatch } from '@/domain/ranking/ranked-match';
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
}

/** total·10 as an integer 0..1000; criteria with weight 0 are skipped, not scored. */
function totalTenths(ctx: RankContext, i: number): number {
  const w = ctx.weights;
  if (ctx.totalWeight <= 0) return 0;
  let sum = 0;
  if (w.sector > 0) sum += w.sector * sectorScore(ctx, i);
  if (w.label > 0) sum += w.label * labelCriterionScore(ctx, i);
  if (w.eccp > 0 && ctx.index.hot.eccp[i] === 1) sum += w.eccp;
  if (w.state > 0) sum += w.state * stateScore(ctx, i);
  if (w.interests > 0) sum += w.interests * interestsScore(ctx, i);
  if (w.links > 0) sum += w.links * linksScore(ctx, i);
  return Math.min(1000, Math.max(0, Math.round((1000 * sum) / ctx.totalWeight)));
}

/** Scored and sorted; deterministic and independent of the input order of clusters. */
export function rankAll(profile: Profile, index: DatasetIndex, options: ScoreOptions): Ranking {
  const n = index.clusters.length;
  const ctx = createContext(profile, index, options.weights, options.expiredLabelFactor);
  // Sort key packs (1000 − total·10, name position) into one exact integer: one native numeric sort.
  const keys = new Float64Array(n);
  const positionByName = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const namePos = index.nameOrder[i] as number;
    positionByName[namePos] = i;
    keys[i] = (1000 - totalTenths(ctx, i)) * n + namePos;
  }
  keys.sort();
  const all = new Array<RankedMatch>(n);
  const rankByPosition = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const key = keys[r] as number;
    const tenths = 1000 - Math.floor(key / n);
    const i = positionByName[key - (1000 - tenths) * n] as number;
    all[r] = RankedMatch.create(ctx, i, tenths / 10, r + 1);
    rankByPosition[i] = r;
  }
  const byId = (clusterId: string) => {
    const i = index.positionById.get(clusterId);
    return i === undefined ? undefined : all[rankByPosition[i] as number];
  };
  return { index, asOf: profile.asOf, all, byId };
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
