import { formatNumber } from '@/domain/format';
import type { CriterionId } from '@/domain/profile';
import type { JudgedLabel } from '@/domain/labels';
import { reasonsBesideBadges } from '@/domain/ranking/ranked-match';
import type { CriterionResult, DatasetIndex, Match } from '@/domain/ranking/types';
import { tr } from '@/i18n/i18n';
import { sectorName } from '@/domain/vocabulary';

export const MAX_ROW_REASONS = 3;

/** What one list item shows: computed once per ranking, so the item component only renders. */
export interface MatchRow {
  id: string;
  rank: number;
  name: string;
  acronym: string | null;
  /** Spanish state name; null when the sources do not state it. */
  stateName: string | null;
  sectorNames: string[];
  total: number;
  criteria: CriterionResult[];
  label: JudgedLabel | null;
  eccpMember: boolean;
  reasons: string[];
  onMap: boolean;
  /** The user's: an organisation they added, or a record they corrected (null: all sourced). */
  own: 'added' | 'corrected' | null;
}

export function toMatchRow(match: Match, index: DatasetIndex): MatchRow {
  const { cluster, label } = match;
  // The row's badges already say the label and ECCP membership.
  const badges = new Set<CriterionId>();
  if (label) badges.add('label');
  if (cluster.eccpMember) badges.add('eccp');
  return {
    id: cluster.id,
    rank: match.rank,
    name: cluster.name,
    acronym: cluster.acronym,
    stateName: match.stateName,
    // An id missing from the taxonomy still shows the source's own wording rather than nothing.
    sectorNames: cluster.sectors.map((s) => sectorName(index, s.id) ?? s.wording),
    total: match.total,
    criteria: match.criteria,
    label,
    eccpMember: cluster.eccpMember,
    reasons: reasonsBesideBadges(match.criteria, badges).slice(0, MAX_ROW_REASONS),
    onMap: cluster.position !== null,
    own: cluster.own ? (cluster.own.added ? 'added' : 'corrected') : null,
  };
}

export function toMatchRows(matches: readonly Match[], index: DatasetIndex): MatchRow[] {
  return matches.map((m) => toMatchRow(m, index));
}

export function countNotOnMap(matches: readonly Match[]): number {
  let n = 0;
  for (const m of matches) if (m.cluster.position === null) n++;
  return n;
}

export function matchesHeading(total: number): string {
  return tr('matches:heading', { count: total, n: formatNumber(total, 0) });
}
