// Relevance first (total.ts) puts every cluster with sector fit ahead of every cluster without:
// what a list shows by default is therefore a prefix of the ranking, counted here from the one
// shared pass, never re-ranked.
import type { Match } from '@/domain/ranking/types';

export interface RelevanceCounts {
  /** In a chosen sector. */
  exact: number;
  /** In a sector related to a chosen one (and in none of them). */
  related: number;
  /** Neither: they total 0 while a sector is chosen. */
  others: number;
}

/** Counts by fit; `matches` is one ranking's list (full or filtered), best first. */
export function countByFit(matches: readonly Pick<Match, 'sectorFit'>[]): RelevanceCounts {
  const counts = { exact: 0, related: 0, others: 0 };
  for (const m of matches) {
    if (m.sectorFit >= 1) counts.exact++;
    else if (m.sectorFit > 0) counts.related++;
    else counts.others++;
  }
  return counts;
}

/** The matches with fit: the first exact + related of a list in ranking order. */
export function withFit<T>(matches: readonly T[], counts: RelevanceCounts): readonly T[] {
  return matches.slice(0, counts.exact + counts.related);
}
