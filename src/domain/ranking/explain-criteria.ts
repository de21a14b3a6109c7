import type { RankContext } from '@/domain/ranking/context';
import { eccpResult, labelResult, linksResult, sectorResult, stateResult } from '@/domain/ranking/criterion-results';
import { interestsResult } from '@/domain/ranking/interests-result';
import { relevanceOf } from '@/domain/ranking/total';
import type { CriterionResult } from '@/domain/ranking/types';
import { formatPercent } from '@/domain/format';
import { tr } from '@/i18n/i18n';

/**
 * `i`: the cluster's position in the index. Relevance first (total.ts): outside an exact fit the
 * other criteria's points shrink by the fit, and the sector reason says so in words.
 */
export function explainCriteria(ctx: RankContext, i: number): CriterionResult[] {
  const sector = sectorResult(ctx, i);
  const others = [
    labelResult(ctx, i),
    eccpResult(ctx, i),
    stateResult(ctx, i),
    interestsResult(ctx, i),
    linksResult(ctx, i),
  ];
  const relevance = relevanceOf(ctx, i);
  if (relevance >= 1) return [sector, ...others];
  const reason =
    relevance > 0
      ? tr('relevance:reason.related', { reason: sector.reason, share: formatPercent(relevance) })
      : tr('relevance:reason.outside', { reason: sector.reason });
  return [{ ...sector, reason }, ...others.map((c) => ({ ...c, contribution: c.contribution * relevance }))];
}
