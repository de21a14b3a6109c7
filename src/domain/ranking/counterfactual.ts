// What would move a match up: single changes to the cluster (a valid label, ECCP membership) or to
// the profile (its state preferred, its sector chosen), each scored by really re-ranking with the
// change: a cluster's label or membership also counts in its state's strength (state-strength.ts),
// so only a full pass gives the rank the change would bring. Computed lazily for the one match a
// view shows; on the real dataset (~120 clusters) a pass takes about a millisecond.
import type { Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { labelCriterionScore } from '@/domain/ranking/criterion-scores';
import { rankAll, type Ranking } from '@/domain/ranking/rank';
import { relevanceOf } from '@/domain/ranking/total';
import { LABEL_LEVEL_SCORE } from '@/domain/labels';
import type { Cluster, ClusterLabel, LabelLevel, StateCode } from '@/domain/types';

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

/** A label valid on any as-of date; it only ever exists inside a what-if pass, never shown. */
export function hypotheticalLabel(level: LabelLevel): ClusterLabel {
  return { level, validUntil: '9999-12-31', edition: 'briefing-2019', source: { doc: 'briefing-2019', section: '' } };
}

type Outcome = { total: number; rank: number };

function withClusterChange(ranking: Ranking, i: number, patch: Partial<Cluster>): Outcome {
  const { dataset } = ranking.index;
  const clusters = dataset.clusters.slice();
  const cluster = { ...(clusters[i] as Cluster), ...patch };
  clusters[i] = cluster;
  const moved = rankAll(ranking.profile, buildIndex({ ...dataset, clusters }), ranking.options).byId(cluster.id);
  return { total: moved?.total ?? 0, rank: moved?.rank ?? Infinity };
}

function withProfileChange(ranking: Ranking, clusterId: string, profile: Profile): Outcome {
  const moved = rankAll(profile, ranking.index, ranking.options).byId(clusterId);
  return { total: moved?.total ?? 0, rank: moved?.rank ?? Infinity };
}

function candidates(ranking: Ranking, i: number, rank: number): (RankChangeKind & Outcome)[] {
  const { context: ctx, profile } = ranking;
  const cluster = ranking.index.clusters[i] as Cluster;
  const out: (RankChangeKind & Outcome)[] = [];
  if (ctx.weights.label > 0) {
    const current = labelCriterionScore(ctx, i);
    // The lowest valid level that would move it up: the smallest label change.
    for (const level of LEVELS_UP) {
      if (LABEL_LEVEL_SCORE[level] <= current) continue;
      const outcome = withClusterChange(ranking, i, { labels: [...cluster.labels, hypotheticalLabel(level)] });
      if (outcome.rank < rank) {
        out.push({ kind: 'label', level, ...outcome });
        break;
      }
    }
  }
  if (ctx.weights.eccp > 0 && !cluster.eccpMember)
    out.push({ kind: 'eccp', ...withClusterChange(ranking, i, { eccpMember: true }) });
  const state = cluster.state;
  if (state && ctx.weights.state > 0 && !profile.preferredStates.includes(state)) {
    const preferredStates = [...profile.preferredStates, state];
    out.push({
      kind: 'preferred-state',
      state,
      ...withProfileChange(ranking, cluster.id, { ...profile, preferredStates }),
    });
  }
  const sector = cluster.sectors.find((s) => !profile.sectors.includes(s.id));
  if (sector && profile.sectors.length > 0 && relevanceOf(ctx, i) < 1) {
    const sectors = [...profile.sectors, sector.id];
    out.push({
      kind: 'sector',
      sectorId: sector.id,
      ...withProfileChange(ranking, cluster.id, { ...profile, sectors }),
    });
  }
  return out;
}

/** A change of yours rather than the cluster's: it moves others too, so its points are not a gain to compare. */
export function isProfileChange(change: RankChangeKind): boolean {
  return change.kind === 'preferred-state' || change.kind === 'sector';
}

/**
 * The single changes that would move the cluster up: the cluster's own first, smallest (fewest
 * points) first, then changes to your profile by the rank they give; [] at rank 1.
 */
export function rankChanges(ranking: Ranking, clusterId: string): RankChange[] {
  const i = ranking.index.positionById.get(clusterId);
  const match = ranking.byId(clusterId);
  if (i === undefined || !match || match.rank === 1) return [];
  return candidates(ranking, i, match.rank)
    .filter((c) => c.rank < match.rank)
    .map((c) => ({ ...c, points: Math.round((c.total - match.total) * 10) / 10 }))
    .sort((a, b) => Number(isProfileChange(a)) - Number(isProfileChange(b)) || a.points - b.points || a.rank - b.rank);
}
