// What would move a match up: single changes to the cluster (a valid label, ECCP membership) or
// to the profile (its state preferred, its sector chosen), scored by the same engine (total.ts).
// Computed lazily for the one match a view shows: a change to the cluster alone moves only its
// own total, found among the ranking's sorted keys by binary search; a change to the profile
// re-scores every cluster (no sort), which is linear.
import { LABEL_LEVEL_SCORE } from '@/domain/labels';
import type { Profile } from '@/domain/profile';
import { createContext, type RankContext } from '@/domain/ranking/context';
import { labelCriterionScore } from '@/domain/ranking/criterion-scores';
import type { Ranking } from '@/domain/ranking/rank';
import { fitTier, qualitySum, relevanceOf, sortKey, tenthsFrom, totalTenths } from '@/domain/ranking/total';
import type { Cluster, LabelLevel, StateCode } from '@/domain/types';

export type RankChangeKind =
  | { kind: 'label'; level: LabelLevel }
  | { kind: 'eccp' }
  | { kind: 'preferred-state'; state: StateCode }
  | { kind: 'sector'; sectorId: string };

export type RankChange = RankChangeKind & {
  /** The total with the change, 0..100 (1 decimal). */
  total: number;
  /** Points it adds to the shown total. */
  points: number;
  /** Its rank in the full ranking with the change (1-based). */
  rank: number;
};

const LEVELS_UP: readonly LabelLevel[] = ['bronze', 'silver', 'gold'];

/** How many of the sorted keys are below `key`. */
function countBelow(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function keyWith(ctx: RankContext, i: number, tenths: number): number {
  return sortKey(tenths, fitTier(ctx, i), ctx.index.nameOrder[i] as number, ctx.index.clusters.length);
}

/** The cluster's rank when a profile change re-scores everyone. */
function rankUnder(ranking: Ranking, profile: Profile, i: number): { tenths: number; rank: number } {
  const { index, options } = ranking;
  const ctx = createContext(profile, index, options.weights, options.expiredLabelFactor);
  const tenths = totalTenths(ctx, i);
  const key = keyWith(ctx, i, tenths);
  let above = 0;
  for (let j = 0; j < index.clusters.length; j++) {
    if (j !== i && keyWith(ctx, j, totalTenths(ctx, j)) < key) above++;
  }
  return { tenths, rank: above + 1 };
}

function clusterSideChanges(ranking: Ranking, i: number): { change: RankChangeKind; tenths: number }[] {
  const ctx = ranking.context;
  const w = ctx.weights;
  const relevance = relevanceOf(ctx, i);
  const quality = qualitySum(ctx, i);
  const out: { change: RankChangeKind; tenths: number }[] = [];
  if (w.label > 0) {
    const current = labelCriterionScore(ctx, i);
    // The lowest valid level that scores more than what it has: the smallest label change.
    for (const level of LEVELS_UP) {
      if (LABEL_LEVEL_SCORE[level] <= current) continue;
      const tenths = tenthsFrom(ctx, relevance, quality + w.label * (LABEL_LEVEL_SCORE[level] - current));
      out.push({ change: { kind: 'label', level }, tenths });
      break;
    }
  }
  if (w.eccp > 0 && ctx.index.hot.eccp[i] !== 1)
    out.push({ change: { kind: 'eccp' }, tenths: tenthsFrom(ctx, relevance, quality + w.eccp) });
  return out;
}

function profileSideChanges(ranking: Ranking, i: number, cluster: Cluster) {
  const { profile, context: ctx } = ranking;
  const out: { change: RankChangeKind; tenths: number; rank: number }[] = [];
  const state = cluster.state;
  if (state && ctx.weights.state > 0 && !profile.preferredStates.includes(state)) {
    const moved = rankUnder(ranking, { ...profile, preferredStates: [...profile.preferredStates, state] }, i);
    out.push({ change: { kind: 'preferred-state', state }, ...moved });
  }
  const sector = cluster.sectors.find((s) => !profile.sectors.includes(s.id));
  if (sector && profile.sectors.length > 0 && relevanceOf(ctx, i) < 1) {
    const moved = rankUnder(ranking, { ...profile, sectors: [...profile.sectors, sector.id] }, i);
    out.push({ change: { kind: 'sector', sectorId: sector.id }, ...moved });
  }
  return out;
}

/** The single changes that would move the cluster up, smallest (fewest points) first; [] at rank 1. */
export function rankChanges(ranking: Ranking, clusterId: string): RankChange[] {
  const i = ranking.index.positionById.get(clusterId);
  const match = ranking.byId(clusterId);
  if (i === undefined || !match || match.rank === 1) return [];
  const cluster = ranking.index.clusters[i] as Cluster;
  const fromCluster = clusterSideChanges(ranking, i).map((c) => ({
    ...c,
    rank: countBelow(ranking.keys, keyWith(ranking.context, i, c.tenths)) + 1,
  }));
  const all = [...fromCluster, ...profileSideChanges(ranking, i, cluster)];
  return all
    .filter((c) => c.rank < match.rank)
    .map((c) => ({
      ...c.change,
      total: c.tenths / 10,
      points: (c.tenths - Math.round(match.total * 10)) / 10,
      rank: c.rank,
    }))
    .sort((a, b) => a.points - b.points || a.rank - b.rank);
}
