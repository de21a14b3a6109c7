// `xResult` explains one criterion for a shown match: the score again (from criterion-scores.ts,
// never recomputed here), its weight and share of the total, and the reason in words.
// Reasons that repeat across clusters are cached in the context.
import type { CriterionId } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import { judgeLabels, labelReason, noLabelText } from '@/domain/labels';
import type { RankContext } from '@/domain/ranking/context';
import {
  interestsScore,
  labelCriterionScore,
  linksScore,
  sectorScore,
  stateScore,
  stateSectorPos,
} from '@/domain/ranking/criterion-scores';
import type { ClusterFacts, CriterionResult } from '@/domain/ranking/types';

const INTEREST_MASK_LIMIT = 30;

function result(ctx: RankContext, id: CriterionId, score: number, reason: string, known: boolean): CriterionResult {
  const weight = ctx.weights[id];
  const contribution = ctx.totalWeight > 0 ? (100 * weight * score) / ctx.totalWeight : 0;
  return { id, score, weight, contribution, reason, known };
}

export function sectorResult(ctx: RankContext, i: number): CriterionResult {
  if (ctx.sectorKeys.length === 0)
    return result(ctx, 'sector', 0, 'No sector chosen, so sector fit is not scored', true);
  const f = ctx.index.facts[i] as ClusterFacts;
  const score = sectorScore(ctx, i);
  if (score === 1) {
    const sid = f.sectorIds.find((s) => (ctx.exactPos[s] ?? -1) >= 0) ?? 0;
    return result(ctx, 'sector', 1, `Works in ${ctx.sectorProse[ctx.exactPos[sid] ?? 0]}, your sector`, true);
  }
  if (score > 0) {
    const sid = f.sectorIds.find((s) => (ctx.relatedPos[s] ?? -1) >= 0) ?? 0;
    const to = ctx.sectorProse[ctx.relatedPos[sid] ?? 0];
    return result(
      ctx,
      'sector',
      score,
      `Works in ${ctx.index.sectors[sid]?.prose ?? ''}, a sector related to ${to}`,
      true,
    );
  }
  return result(ctx, 'sector', 0, `Works in ${f.sectorText}, outside your sectors`, true);
}

export function labelResult(ctx: RankContext, i: number): CriterionResult {
  const c = ctx.index.clusters[i] as Cluster;
  const judged = judgeLabels(c.labels, ctx.asOfDay, ctx.expiredFactor);
  if (!judged) return result(ctx, 'label', 0, noLabelText(), true);
  return result(ctx, 'label', labelCriterionScore(ctx, i), labelReason(judged), true);
}

export function eccpResult(ctx: RankContext, i: number): CriterionResult {
  return ctx.index.hot.eccp[i] === 1
    ? result(ctx, 'eccp', 1, 'ECCP member', true)
    : result(ctx, 'eccp', 0, 'Not an ECCP member', true);
}

export function stateResult(ctx: RankContext, i: number): CriterionResult {
  const s = ctx.index.hot.stateIdx[i] as number;
  if (s < 0) return result(ctx, 'state', 0, 'State not stated in the sources', false);
  const pos = stateSectorPos(ctx, i, s);
  const key = pos * ctx.index.states.length + s;
  let reason = ctx.stateReason[key];
  if (reason === undefined) {
    const strength = ctx.tables[pos]?.byState[s] ?? 0;
    const name = ctx.index.states[s]?.name ?? '';
    const level =
      strength >= 0.66 ? 'a strong' : strength >= 0.33 ? 'a fair' : strength > 0 ? 'a modest' : 'no recorded';
    const what = ctx.sectorKeys.length > 0 ? `${ctx.sectorProse[pos]} state` : 'cluster state';
    const facts = ctx.tables[pos]?.facts[s];
    const mine = ctx.preferred[s] === 1 ? ', one of your preferred states' : '';
    reason = `${name}, ${level} ${what}${mine}${facts ? `: ${facts}` : ''}`;
    ctx.stateReason[key] = reason;
  }
  return result(ctx, 'state', stateScore(ctx, i), reason, true);
}

export function interestsResult(ctx: RankContext, i: number): CriterionResult {
  const f = ctx.index.facts[i] as ClusterFacts;
  if (ctx.wantedCount === 0)
    return result(ctx, 'interests', 0, 'No interests chosen, so interests are not scored', true);
  if (f.interestIds.length === 0) return result(ctx, 'interests', 0, 'Focus areas not stated in the sources', false);
  const score = interestsScore(ctx, i);
  if (score === 0) return result(ctx, 'interests', 0, `Focus on ${f.focusText}, none of your interests`, true);
  const matched = f.interestIds.filter((id) => ctx.wanted[id] === 1);
  const maskable = matched.every((id) => id < INTEREST_MASK_LIMIT);
  const mask = maskable ? matched.reduce((m, id) => m | (1 << id), 0) : -1;
  let reason = maskable ? ctx.interestReason.get(mask) : undefined;
  if (reason === undefined) {
    const names = matched.map((id) => ctx.index.interestProse[id] ?? '');
    reason = `Matches ${matched.length} of your interests: ${names.join(', ')}`;
    if (maskable) ctx.interestReason.set(mask, reason);
  }
  return result(ctx, 'interests', score, reason, true);
}

export function linksResult(ctx: RankContext, i: number): CriterionResult {
  const f = ctx.index.facts[i] as ClusterFacts;
  const partners = f.partners;
  if (partners.length === 0) return result(ctx, 'links', 0, 'No EU cluster links recorded in the sources', true);
  const yours = ctx.euClusterId === null ? undefined : partners.find((p) => p.euClusterId === ctx.euClusterId);
  const sameCountry = ctx.country !== null && partners.some((p) => p.countryKey === ctx.country);
  const reason = yours
    ? `Already cooperates with your cluster, ${yours.display}${partners.length > 1 ? `, and ${partners.length - 1} more` : ''}`
    : `Already cooperates with ${f.partnersText}${sameCountry ? ', incl. a partner in your country' : ''}`;
  return result(ctx, 'links', linksScore(ctx, i), reason, true);
}
