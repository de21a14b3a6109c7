// The interests criterion explained: which of your interests the cluster's focus areas match and,
// where a stated committee backs the tag, its name (focus-evidence.ts).
import type { RankContext } from '@/domain/ranking/context';
import { result } from '@/domain/ranking/criterion-results';
import { interestsScore } from '@/domain/ranking/criterion-scores';
import type { ClusterFacts, CriterionResult } from '@/domain/ranking/types';
import { formatNumber } from '@/domain/format';
import { tr } from '@/i18n/i18n';
import { clusterFocusText, interestProseAt } from '@/domain/vocabulary';

const INTEREST_MASK_LIMIT = 30;

export function interestsResult(ctx: RankContext, i: number): CriterionResult {
  const f = ctx.index.facts[i] as ClusterFacts;
  if (ctx.wantedCount === 0) {
    const none =
      ctx.chosenInterestCount > 0 ? tr('relevance:interests.noneStated') : tr('ranking:reason.interests.none');
    return result(ctx, 'interests', 0, none, true);
  }
  if (f.interestIds.length === 0) return result(ctx, 'interests', 0, tr('ranking:reason.interests.notStated'), false);
  const score = interestsScore(ctx, i);
  if (score === 0) {
    const focus = clusterFocusText(ctx.index, f);
    return result(ctx, 'interests', 0, tr('ranking:reason.interests.outside', { focus }), true);
  }
  const matched = f.interestIds.flatMap((id, k) => (ctx.wanted[id] === 1 ? [k] : []));
  // Reasons naming no committee repeat across clusters: cached by the set of matched interests.
  const plain = matched.every(
    (k) => f.focusCommittees[k] === null && (f.interestIds[k] as number) < INTEREST_MASK_LIMIT,
  );
  const mask = plain ? matched.reduce((m, k) => m | (1 << (f.interestIds[k] as number)), 0) : -1;
  let reason = plain ? ctx.interestReason.get(mask) : undefined;
  if (reason === undefined) {
    const names = matched.map((k) => {
      const name = interestProseAt(ctx.index, f.interestIds[k] as number);
      const committee = f.focusCommittees[k];
      if (!committee) return name;
      // "Market Committee" already says it is one.
      return /committee|comit/i.test(committee)
        ? tr('relevance:interests.viaNamedCommittee', { name, committee })
        : tr('relevance:interests.viaCommittee', { name, committee });
    });
    const n = formatNumber(matched.length, 0);
    reason = tr('ranking:reason.interests.matches', { count: matched.length, n, names: names.join(', ') });
    if (plain) ctx.interestReason.set(mask, reason);
  }
  return result(ctx, 'interests', score, reason, true);
}
