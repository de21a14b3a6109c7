// The one ranking pass per change of its inputs, shared by every panel: a module memo (the store
// replaces an object only when it changes), not a per-component useMemo, which would rank once per
// panel. Saved lists keep their own profile, so a few rankings are kept, one per distinct scoring.
import { scoringKey, type ScoringInputs } from '@/domain/list-profile';
import type { Filters } from '@/domain/profile';
import { filterRanking, rankAll, type Ranking } from '@/domain/ranking/rank';
import { countByFit, withFit, type RelevanceCounts } from '@/domain/ranking/relevance';
import type { RankedMatch } from '@/domain/ranking/ranked-match';
import type { DatasetIndex } from '@/domain/ranking/types';
import type { RankingInputs } from '@/stores/selectors';

/** The shared ranking of one set of inputs: every cluster scored, and what the list shows. */
export interface RankingView {
  ranking: Ranking;
  /** Passing the filters, ranked 1.. among themselves; with a sector chosen, those with fit unless others are included. */
  visible: readonly RankedMatch[];
  /** With a sector chosen: the filtered list counted by fit (the counts line). Null with no sector. */
  relevance: (RelevanceCounts & { includeOthers: boolean }) | null;
  /** The list's match for an id, or undefined when the filters hide it. */
  visibleById: (clusterId: string) => RankedMatch | undefined;
}

let passes = 0;
/** Rankings kept per dataset and language: the dashboard's and those of the lists on screen. */
const MAX_KEPT = 8;
let kept: { index: DatasetIndex; language: string; rankings: Map<string, Ranking> } | null = null;
/** The last call, by identity: the common case (the dashboard's panels) skips even the key. */
let last: { index: DatasetIndex; inputs: ScoringInputs; language: string; ranking: Ranking } | null = null;
let view: { ranking: Ranking; filters: Filters; includeOthers: boolean; result: RankingView } | null = null;

/** Ranking passes since the page loaded; read by a component test and, in development, the console. */
export function rankingPassCount(): number {
  return passes;
}

const sameObjects = (a: ScoringInputs, b: ScoringInputs) =>
  a.profile === b.profile && a.weights === b.weights && a.expiredLabelFactor === b.expiredLabelFactor;

/**
 * Every cluster scored for these inputs, one pass per distinct scoring: a saved list whose profile
 * equals the dashboard's gets the dashboard's ranking, and lists that share a profile share one.
 * Explanations are worded in the active language: a switch re-ranks.
 */
export function rankingFor(index: DatasetIndex, inputs: ScoringInputs, language: string): Ranking {
  if (last && last.index === index && last.language === language && sameObjects(last.inputs, inputs)) {
    return last.ranking;
  }
  if (kept?.index !== index || kept.language !== language) kept = { index, language, rankings: new Map() };
  const key = scoringKey(inputs);
  let ranking = kept.rankings.get(key);
  if (ranking) kept.rankings.delete(key);
  else {
    passes++;
    if (import.meta.env.DEV) (globalThis as { __rankingPasses?: number }).__rankingPasses = passes;
    const { profile, weights, expiredLabelFactor } = inputs;
    ranking = rankAll(profile, index, { weights, expiredLabelFactor });
  }
  // Most recently used last: the oldest goes first when too many are kept.
  kept.rankings.set(key, ranking);
  if (kept.rankings.size > MAX_KEPT) kept.rankings.delete(kept.rankings.keys().next().value as string);
  last = { index, inputs, language, ranking };
  return ranking;
}

export function rankingViewFor(index: DatasetIndex, inputs: RankingInputs, language: string): RankingView {
  const ranking = rankingFor(index, inputs, language);
  const { filters, includeOtherSectors: includeOthers } = inputs;
  if (view && view.ranking === ranking && view.filters === filters && view.includeOthers === includeOthers)
    return view.result;
  const filtered = filterRanking(ranking, filters);
  const counts = ranking.profile.sectors.length > 0 ? countByFit(filtered) : null;
  const visible = counts && !includeOthers ? withFit(filtered, counts) : filtered;
  let byId: Map<string, RankedMatch> | null = null;
  const visibleById = (clusterId: string) => {
    if (visible === ranking.all) return ranking.byId(clusterId);
    byId ??= new Map(visible.map((m) => [m.cluster.id, m]));
    return byId.get(clusterId);
  };
  const relevance = counts ? { ...counts, includeOthers } : null;
  const result = { ranking, visible, visibleById, relevance };
  view = { ranking, filters, includeOthers, result };
  return result;
}
