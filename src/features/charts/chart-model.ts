// Pure series builders for the charts panel: every number a chart draws also feeds its table and
// its one-line summary, so the text alternative can never disagree with the picture.
import { formatPoints } from '@/domain/format';
import { CRITERIA, criterionLabel, type CriterionId } from '@/domain/profile';
import { proseCase } from '@/domain/prose';
import type { Match } from '@/domain/ranking/types';
import { tr } from '@/i18n/i18n';

export const TOP_MATCHES = 10;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export type BreakdownRow = {
  /** Not `id`: recharts copies a row's fields onto each of its bar segments, and ids must be unique. */
  clusterId: string;
  name: string;
  shortName: string;
  rank: number;
  total: number;
  /** The rightmost segment with points: the total is written after it. */
  end: CriterionId | null;
} & Record<CriterionId, number>;

export function breakdownRows(matches: readonly Match[], limit = TOP_MATCHES): BreakdownRow[] {
  return matches.slice(0, limit).map((m) => {
    const points: Record<CriterionId, number> = { sector: 0, label: 0, eccp: 0, state: 0, interests: 0, links: 0 };
    for (const c of m.criteria) points[c.id] = Math.round(c.contribution * 10) / 10;
    return {
      clusterId: m.cluster.id,
      name: m.cluster.name,
      shortName: truncate(m.cluster.acronym ?? m.cluster.name, 19),
      rank: m.rank,
      total: m.total,
      end: [...CRITERIA].reverse().find((id) => points[id] > 0) ?? null,
      ...points,
    };
  });
}

/** Criteria that add points to at least one row: the legend and stacks show only these. */
export function usedCriteria(rows: readonly BreakdownRow[]): CriterionId[] {
  return CRITERIA.filter((id) => rows.some((r) => r[id] > 0));
}

export function breakdownSummary(rows: readonly BreakdownRow[]): string {
  const top = rows[0];
  if (!top) return tr('charts:breakdown.empty');
  let best: CriterionId | null = null;
  for (const id of CRITERIA) if (top[id] > 0 && (best === null || top[id] > top[best])) best = id;
  const head = { name: top.name, total: formatPoints(top.total) };
  return best
    ? tr('charts:breakdown.summary', { ...head, criterion: proseCase(criterionLabel(best)) })
    : tr('charts:breakdown.summaryNoPoints', head);
}
