// Each criterion gives a score in 0..1; rank.ts combines them (see the formula there).
// These `xScore` functions are the only place a score is computed: the ranking pass calls them
// for every cluster without allocating, and the `xResult` explanations call them again.
// `i` is the cluster's position in the index.
import type { RankContext } from '@/domain/ranking/context';
import type { ClusterFacts } from '@/domain/ranking/types';

export const RELATED_SECTOR_SCORE = 0.3;
export const STATE_PREFERRED_BASE = 0.5;
export const LINKS_BASE = 0.6;
export const LINKS_SAME_COUNTRY = 0.2;
export const LINKS_YOUR_CLUSTER = 0.2;

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

/**
 * Which strength table judges the cluster's state: the chosen sector the cluster works in (or is
 * related to); with no sector chosen, the cluster's own (own-sector.ts). -1 for a cluster outside the
 * chosen sectors: a state's aerospace strength says nothing about an automotive partner.
 */
export function stateSectorPos(ctx: RankContext, i: number): number {
  if (ctx.ownPos) return ctx.ownPos[i] as number;
  const { sectorStart, sectorIds } = ctx.index.hot;
  let pos = -1;
  for (let k = sectorStart[i] as number, end = sectorStart[i + 1] as number; k < end; k++) {
    const sid = sectorIds[k] as number;
    const exact = ctx.exactPos[sid] as number;
    if (exact >= 0) return exact;
    if (pos < 0) pos = ctx.relatedPos[sid] as number;
  }
  return pos;
}

/** State strength index; with preferred states: 0.5 + 0.5·index inside them, 0.5·index elsewhere. */
export function stateScore(ctx: RankContext, i: number): number {
  const s = ctx.index.hot.stateIdx[i] as number;
  if (s < 0) return 0;
  const pos = stateSectorPos(ctx, i);
  const strength = pos < 0 ? 0 : (ctx.tables[pos]?.byState[s] ?? 0);
  if (!ctx.hasPreferred) return strength;
  return (ctx.preferred[s] === 1 ? STATE_PREFERRED_BASE : 0) + (1 - STATE_PREFERRED_BASE) * strength;
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
