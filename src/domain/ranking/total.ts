/*
 * Relevance first. With a sector chosen, every criterion but sector fit counts in proportion to
 * the fit r (1 exact, 0.3 related, 0 outside):
 *   total = 100 · (w_sector · r + r · Σ_q w_q · s_q) / Σ w,   q ∈ label, ECCP, state, interests, links
 * so a cluster outside the chosen sectors totals 0 whatever its label or links, and a related one
 * earns at most 30. With no sector chosen r = 1 and this is the plain weighted mean.
 * contribution_i = 100 · w_i · s_i · r / Σ w: the contributions still add up to the total.
 * Ties at the shown total break by fit (exact, related, outside), then name, then id, so a
 * cluster with fit is listed before one without even when both total 0 (e.g. sector weight 0).
 */
import type { RankContext } from '@/domain/ranking/context';
import {
  interestsScore,
  labelCriterionScore,
  linksScore,
  sectorScore,
  stateScore,
} from '@/domain/ranking/criterion-scores';

/** The share the non-sector criteria count at: the sector fit, or 1 with no sector chosen. */
export function relevanceOf(ctx: RankContext, i: number): number {
  return ctx.sectorKeys.length === 0 ? 1 : sectorScore(ctx, i);
}

/** 2 exact fit, 1 related, 0 outside (or no sector chosen): the tie-break after the total. */
export function fitTier(ctx: RankContext, i: number): number {
  if (ctx.sectorKeys.length === 0) return 0;
  const fit = sectorScore(ctx, i);
  return fit >= 1 ? 2 : fit > 0 ? 1 : 0;
}

/** Σ w_q · s_q over the criteria other than sector fit; weight-0 criteria are skipped, not scored. */
export function qualitySum(ctx: RankContext, i: number): number {
  const w = ctx.weights;
  let sum = 0;
  if (w.label > 0) sum += w.label * labelCriterionScore(ctx, i);
  if (w.eccp > 0 && ctx.index.hot.eccp[i] === 1) sum += w.eccp;
  if (w.state > 0) sum += w.state * stateScore(ctx, i);
  if (w.interests > 0) sum += w.interests * interestsScore(ctx, i);
  if (w.links > 0) sum += w.links * linksScore(ctx, i);
  return sum;
}

/** total·10 as an integer 0..1000 from the relevance share and the quality sum. */
export function tenthsFrom(ctx: RankContext, relevance: number, quality: number): number {
  if (ctx.totalWeight <= 0 || relevance <= 0) return 0;
  const sum = ctx.weights.sector * relevance + relevance * quality;
  return Math.min(1000, Math.max(0, Math.round((1000 * sum) / ctx.totalWeight)));
}

export function totalTenths(ctx: RankContext, i: number): number {
  const relevance = relevanceOf(ctx, i);
  return relevance <= 0 || ctx.totalWeight <= 0 ? 0 : tenthsFrom(ctx, relevance, qualitySum(ctx, i));
}

/**
 * One exact number per cluster whose ascending order is the ranking order: total, then fit tier,
 * then name position (n = number of clusters; below 2^53 for any realistic n).
 */
export function sortKey(tenths: number, tier: number, namePos: number, n: number): number {
  return ((1000 - tenths) * 3 + (2 - tier)) * n + namePos;
}

/** The inverse of `sortKey` for the parts the ranking needs back. */
export function decodeKey(key: number, n: number): { tenths: number; namePos: number } {
  const head = Math.floor(key / n);
  return { tenths: 1000 - Math.floor(head / 3), namePos: key - head * n };
}
