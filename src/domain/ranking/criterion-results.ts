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
import { formatNumber } from '@/domain/format';
import { joinList } from '@/domain/prose';
import { tr } from '@/i18n/i18n';
import { strengthLevel, type StateLevel } from '@/domain/ranking/strength-level';
import { clusterFocusText, clusterSectorsText, interestProseAt, sectorProseAt } from '@/domain/vocabulary';

const INTEREST_MASK_LIMIT = 30;

// 'Nuevo León, a strong aerospace state': explicit keys, so message extraction sees each one.
const STATE_LEVEL: Record<StateLevel, (state: string, sector: string) => string> = {
  strong: (state, sector) => tr('ranking:reason.state.strong', { state, sector }),
  fair: (state, sector) => tr('ranking:reason.state.fair', { state, sector }),
  modest: (state, sector) => tr('ranking:reason.state.modest', { state, sector }),
  none: (state, sector) => tr('ranking:reason.state.none', { state, sector }),
};

// With no sector chosen: 'Nuevo León, a strong cluster state'.
const STATE_LEVEL_GENERAL: Record<StateLevel, (state: string) => string> = {
  strong: (state) => tr('ranking:reason.stateGeneral.strong', { state }),
  fair: (state) => tr('ranking:reason.stateGeneral.fair', { state }),
  modest: (state) => tr('ranking:reason.stateGeneral.modest', { state }),
  none: (state) => tr('ranking:reason.stateGeneral.none', { state }),
};

function result(ctx: RankContext, id: CriterionId, score: number, reason: string, known: boolean): CriterionResult {
  const weight = ctx.weights[id];
  const contribution = ctx.totalWeight > 0 ? (100 * weight * score) / ctx.totalWeight : 0;
  return { id, score, weight, contribution, reason, known };
}

export function sectorResult(ctx: RankContext, i: number): CriterionResult {
  if (ctx.sectorKeys.length === 0) return result(ctx, 'sector', 0, tr('ranking:reason.sector.none'), true);
  const f = ctx.index.facts[i] as ClusterFacts;
  const score = sectorScore(ctx, i);
  if (score === 1) {
    const sid = f.sectorIds.find((s) => (ctx.exactPos[s] ?? -1) >= 0) ?? 0;
    const sector = ctx.sectorProse[ctx.exactPos[sid] ?? 0];
    return result(ctx, 'sector', 1, tr('ranking:reason.sector.exact', { sector }), true);
  }
  if (score > 0) {
    const sid = f.sectorIds.find((s) => (ctx.relatedPos[s] ?? -1) >= 0) ?? 0;
    const to = ctx.sectorProse[ctx.relatedPos[sid] ?? 0];
    const sector = sectorProseAt(ctx.index, sid);
    return result(ctx, 'sector', score, tr('ranking:reason.sector.related', { sector, to }), true);
  }
  const sectors = clusterSectorsText(ctx.index, f);
  return result(ctx, 'sector', 0, tr('ranking:reason.sector.outside', { sectors }), true);
}

export function labelResult(ctx: RankContext, i: number): CriterionResult {
  const c = ctx.index.clusters[i] as Cluster;
  const judged = judgeLabels(c.labels, ctx.asOfDay, ctx.expiredFactor);
  if (!judged) return result(ctx, 'label', 0, noLabelText(), true);
  return result(ctx, 'label', labelCriterionScore(ctx, i), labelReason(judged), true);
}

export function eccpResult(ctx: RankContext, i: number): CriterionResult {
  return ctx.index.hot.eccp[i] === 1
    ? result(ctx, 'eccp', 1, tr('ranking:reason.eccp.member'), true)
    : result(ctx, 'eccp', 0, tr('ranking:reason.eccp.notMember'), true);
}

export function stateResult(ctx: RankContext, i: number): CriterionResult {
  const s = ctx.index.hot.stateIdx[i] as number;
  if (s < 0) return result(ctx, 'state', 0, tr('ranking:reason.state.notStated'), false);
  const pos = stateSectorPos(ctx, i, s);
  const key = pos * ctx.index.states.length + s;
  let reason = ctx.stateReason[key];
  if (reason === undefined) {
    const strength = ctx.tables[pos]?.byState[s] ?? 0;
    const state = ctx.index.states[s]?.name ?? '';
    const level = strengthLevel(strength);
    const head =
      ctx.sectorKeys.length > 0
        ? STATE_LEVEL[level](state, ctx.sectorProse[pos] ?? '')
        : STATE_LEVEL_GENERAL[level](state);
    const mine = ctx.preferred[s] === 1 ? tr('ranking:reason.state.preferred', { head }) : head;
    const facts = ctx.tables[pos]?.facts[s];
    reason = facts ? `${mine}: ${facts}` : mine;
    ctx.stateReason[key] = reason;
  }
  return result(ctx, 'state', stateScore(ctx, i), reason, true);
}

export function interestsResult(ctx: RankContext, i: number): CriterionResult {
  const f = ctx.index.facts[i] as ClusterFacts;
  if (ctx.wantedCount === 0) return result(ctx, 'interests', 0, tr('ranking:reason.interests.none'), true);
  if (f.interestIds.length === 0) return result(ctx, 'interests', 0, tr('ranking:reason.interests.notStated'), false);
  const score = interestsScore(ctx, i);
  if (score === 0) {
    const focus = clusterFocusText(ctx.index, f);
    return result(ctx, 'interests', 0, tr('ranking:reason.interests.outside', { focus }), true);
  }
  const matched = f.interestIds.filter((id) => ctx.wanted[id] === 1);
  const maskable = matched.every((id) => id < INTEREST_MASK_LIMIT);
  const mask = maskable ? matched.reduce((m, id) => m | (1 << id), 0) : -1;
  let reason = maskable ? ctx.interestReason.get(mask) : undefined;
  if (reason === undefined) {
    const names = matched.map((id) => interestProseAt(ctx.index, id));
    const n = formatNumber(matched.length, 0);
    reason = tr('ranking:reason.interests.matches', { count: matched.length, n, names: names.join(', ') });
    if (maskable) ctx.interestReason.set(mask, reason);
  }
  return result(ctx, 'interests', score, reason, true);
}

export function linksResult(ctx: RankContext, i: number): CriterionResult {
  const f = ctx.index.facts[i] as ClusterFacts;
  const partners = f.partners;
  if (partners.length === 0) return result(ctx, 'links', 0, tr('ranking:reason.links.none'), true);
  const yours = ctx.euClusterId === null ? undefined : partners.find((p) => p.euClusterId === ctx.euClusterId);
  const sameCountry = ctx.country !== null && partners.some((p) => p.countryKey === ctx.country);
  const others = partners.length - 1;
  const list = joinList(
    partners.map((p) => p.display),
    2,
  );
  const reason = yours
    ? others > 0
      ? tr('ranking:reason.links.yoursMore', { partner: yours.display, count: others, n: formatNumber(others, 0) })
      : tr('ranking:reason.links.yours', { partner: yours.display })
    : sameCountry
      ? tr('ranking:reason.links.partnersInCountry', { partners: list })
      : tr('ranking:reason.links.partners', { partners: list });
  return result(ctx, 'links', linksScore(ctx, i), reason, true);
}
