/*
 * total = 100 · Σ(w_i · s_i) / Σ(w_i), over criteria with w_i > 0 (all weights 0 → total 0),
 * rounded to 1 decimal. contribution_i = 100 · w_i · s_i / Σ(w_i), so contributions add up to
 * the unrounded total. A criterion the profile leaves empty (no sector, no interests chosen) gets
 * w_i = 0: it would not discriminate between clusters and would only inflate every total.
 * Order: total (as shown, 1 decimal) descending, then name (Spanish collation), then id.
 */
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, type Profile } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import { createContext, type RankContext } from '@/domain/ranking/context';
import { interestsScore, labelCriterionScore, linksScore, sectorScore, stateScore } from '@/domain/ranking/criteria';
import { compileFilters, passesFilters } from '@/domain/ranking/filters';
import { RankedMatch } from '@/domain/ranking/ranked-match';
import type { ClusterFacts, DatasetIndex, Match, RankOptions } from '@/domain/ranking/types';

export const DEFAULT_EXPIRED_LABEL_FACTOR = 0.5;

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  weights: DEFAULT_WEIGHTS,
  expiredLabelFactor: DEFAULT_EXPIRED_LABEL_FACTOR,
  filters: EMPTY_FILTERS,
};

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

/** Filtered, scored and sorted; deterministic and independent of the input order of clusters. */
export function rank(profile: Profile, index: DatasetIndex, options: RankOptions): Match[] {
  const n = index.clusters.length;
  if (n === 0) return [];
  const ctx = createContext(profile, index, options.weights, options.expiredLabelFactor);
  const filters = compileFilters(options.filters, ctx.asOfDay);
  // Sort key packs (1000 − total·10, name position) into one exact integer: one native numeric sort.
  const keys = new Float64Array(n);
  const positionByName = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (filters.active && !passesFilters(index.clusters[i] as Cluster, index.facts[i] as ClusterFacts, filters))
      continue;
    const namePos = index.nameOrder[i] as number;
    positionByName[namePos] = i;
    keys[count++] = (1000 - totalTenths(ctx, i)) * n + namePos;
  }
  const sorted = keys.subarray(0, count).sort();
  const result = new Array<Match>(count);
  for (let r = 0; r < count; r++) {
    const key = sorted[r] as number;
    const tenths = 1000 - Math.floor(key / n);
    const i = positionByName[key - (1000 - tenths) * n] as number;
    const match = new RankedMatch(ctx, i, tenths / 10);
    match.rank = r + 1;
    result[r] = match;
  }
  return result;
}
