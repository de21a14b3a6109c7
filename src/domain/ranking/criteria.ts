// Each criterion gives a score in 0..1; rank.ts combines them (see the formula there).
// `xScore` functions are the only place a score is computed: the ranking pass calls them for
// every cluster without allocating, and `xResult` calls them again to explain a shown match.
// `i` is the cluster's position in the index.
import type { CriterionId } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import { judgeLabels, labelReason, noLabelText } from '@/domain/labels';
import type { RankContext } from '@/domain/ranking/context';
import type { ClusterFacts, CriterionResult } from '@/domain/ranking/types';

export const RELATED_SECTOR_SCORE = 0.3;
export const STATE_PREFERRED_BASE = 0.5;
export const LINKS_BASE = 0.6;
export const LINKS_SAME_COUNTRY = 0.2;
export const LINKS_YOUR_CLUSTER = 0.2;
const INTEREST_MASK_LIMIT = 30;

function result(ctx: RankContext, id: CriterionId, score: number, reason: string, known: boolean): CriterionResult {
  const weight = ctx.weights[id];
  const contribution = ctx.totalWeight > 0 ? (100 * weight * score) / ctx.totalWeight : 0;
  return { id, score, weight, contribution, reason, known };
}

/** Exact sector 1, related 0.3, else 0; a multi-sector cluster takes its best. No sector chosen: not used. */
export function sectorScore(ctx: RankContext, i: number): number {
  const { sectorStart, sectorIds } = ctx.index.hot;
  let score = 0;
  for (let k = sectorStart[i] as number, end = sectorStart[i + 1] as number; k < end; k++) {
    const sid = sectorIds[k] as number;
    if ((ctx.exactPos[sid] as number) >= 0) return 1;
    if ((ctx.relatedPos[sid] as number) >= 0) score = RELATED_SECTOR_SCORE;
  }
  return score;
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

/** Best label: gold 1, silver 0.75, bronze 0.5, × expired factor when expired or undated. */
export function labelCriterionScore(ctx: RankContext, i: number): number {
  const { labelStart, labelLevelScore, labelUntil } = ctx.index.hot;
  let best = 0;
  for (let k = labelStart[i] as number, end = labelStart[i + 1] as number; k < end; k++) {
    const level = labelLevelScore[k] as number;
    const score = (labelUntil[k] as number) >= ctx.asOfNumber ? level : level * ctx.expiredFactor;
    if (score > best) best = score;
  }
  return best;
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

/** Which chosen sector judges the state: the one the cluster matches, else the one its state is strongest in. */
function stateSectorPos(ctx: RankContext, i: number, state: number): number {
  const { sectorStart, sectorIds } = ctx.index.hot;
  let pos = -1;
  for (let k = sectorStart[i] as number, end = sectorStart[i + 1] as number; k < end; k++) {
    const sid = sectorIds[k] as number;
    const exact = ctx.exactPos[sid] as number;
    if (exact >= 0) return exact;
    if (pos < 0) pos = ctx.relatedPos[sid] as number;
  }
  return pos >= 0 ? pos : (ctx.strongestPos[state] as number);
}

/** State strength index; with preferred states: 0.5 + 0.5·index inside them, 0.5·index elsewhere. */
export function stateScore(ctx: RankContext, i: number): number {
  const s = ctx.index.hot.stateIdx[i] as number;
  if (s < 0) return 0;
  const strength = ctx.tables[stateSectorPos(ctx, i, s)]?.byState[s] ?? 0;
  if (!ctx.hasPreferred) return strength;
  return (ctx.preferred[s] === 1 ? STATE_PREFERRED_BASE : 0) + (1 - STATE_PREFERRED_BASE) * strength;
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

/** Share of the chosen interests among the cluster's focus areas. No interests chosen: not used. */
export function interestsScore(ctx: RankContext, i: number): number {
  if (ctx.wantedCount === 0) return 0;
  const { interestStart, interestIds } = ctx.index.hot;
  let matched = 0;
  for (let k = interestStart[i] as number, end = interestStart[i + 1] as number; k < end; k++) {
    if (ctx.wanted[interestIds[k] as number] === 1) matched++;
  }
  return matched / ctx.wantedCount;
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

/** Any EU partner 0.6, +0.2 for one in your country, +0.2 when it is your own cluster. */
export function linksScore(ctx: RankContext, i: number): number {
  if (ctx.index.hot.partnerCount[i] === 0) return 0;
  const partners = (ctx.index.facts[i] as ClusterFacts).partners;
  let sameCountry = false;
  let yours = false;
  for (const p of partners) {
    if (ctx.country !== null && p.countryKey === ctx.country) sameCountry = true;
    if (ctx.euClusterId !== null && p.euClusterId === ctx.euClusterId) yours = true;
  }
  return LINKS_BASE + (sameCountry ? LINKS_SAME_COUNTRY : 0) + (yours ? LINKS_YOUR_CLUSTER : 0);
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
