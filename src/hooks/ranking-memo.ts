// The one ranking pass per change of its inputs, shared by every panel: a memo of the last
// inputs by identity (the store replaces an object only when it changes), not a per-component
// useMemo, which would rank once per panel.
import type { Filters, Profile, Weights } from '@/domain/profile';
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
interface Scored {
  index: DatasetIndex;
  profile: Profile;
  weights: Weights;
  factor: number;
  /** Explanations are worded in the active language: a switch re-ranks. */
  language: string;
  ranking: Ranking;
}
let scored: Scored | null = null;
let view: { ranking: Ranking; filters: Filters; includeOthers: boolean; result: RankingView } | null = null;

/** Ranking passes since the page loaded; read by a component test and, in development, the console. */
export function rankingPassCount(): number {
  return passes;
}

function rankingFor(index: DatasetIndex, inputs: RankingInputs, language: string): Ranking {
  const { profile, weights, expiredLabelFactor: factor } = inputs;
  const last = scored;
  const same =
    last !== null &&
    last.index === index &&
    last.profile === profile &&
    last.weights === weights &&
    last.factor === factor &&
    last.language === language;
  if (same) return last.ranking;
  passes++;
  if (import.meta.env.DEV) (globalThis as { __rankingPasses?: number }).__rankingPasses = passes;
  const ranking = rankAll(profile, index, { weights, expiredLabelFactor: factor });
  scored = { index, profile, weights, factor, language, ranking };
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
