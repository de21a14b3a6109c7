// `xResult` explains one criterion for a shown match: the score again (from criterion-scores.ts,
// never recomputed here), its weight and share of the total, and the reason in words.
// Reasons that repeat across clusters are cached in the context.
import type { CriterionId } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import { judgeLabels, labelReason, noLabelText } from '@/domain/labels';
import type { RankContext } from '@/domain/ranking/context';
import {
  labelCriterionScore,
  linksScore,
  sectorScore,
  stateScore,
  stateSectorPos,
} from '@/domain/ranking/criterion-scores';
import type { ClusterFacts, CriterionResult } from '@/domain/ranking/types';
import { formatNumber } from '@/domain/format';
import { joinList } from '@/domain/prose';
import { partnerDisplay, partnersText } from '@/domain/ranking/partner-facts';
import { tr } from '@/i18n/i18n';
import { clusterSectorsText, sectorProseAt } from '@/domain/vocabulary';

export function result(
  ctx: RankContext,
  id: CriterionId,
  score: number,
  reason: string,
  known: boolean,
): CriterionResult {
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
  const pos = stateSectorPos(ctx, i);
  const name = ctx.index.states[s]?.name ?? '';
  if (pos < 0) {
    const head = ctx.preferred[s] === 1 ? tr('ranking:reason.state.preferred', { head: name }) : name;
    const reason = tr('provenance:state.outsideSector', { state: head, sectors: joinList(ctx.sectorProse) });
    return result(ctx, 'state', stateScore(ctx, i), reason, true);
  }
  const key = pos * ctx.index.states.length + s;
  let reason = ctx.stateReason[key];
  if (reason === undefined) {
    // Facts, not a verdict: what the sources state about the state in the sector it is judged in.
    const table = ctx.tables[pos];
    const why = table?.why[s] ?? '';
    const head = tr('ranking:reason.state.preferred', { head: name });
    reason = ctx.preferred[s] === 1 ? `${head}: ${table?.facts[s] || why.slice(name.length + 2)}` : why;
    ctx.stateReason[key] = reason;
  }
  return result(ctx, 'state', stateScore(ctx, i), reason, true);
}

export function linksResult(ctx: RankContext, i: number): CriterionResult {
  const f = ctx.index.facts[i] as ClusterFacts;
  const partners = f.partners;
  if (partners.length === 0) return result(ctx, 'links', 0, tr('ranking:reason.links.none'), true);
  const yours = ctx.euClusterId === null ? undefined : partners.find((p) => p.euClusterId === ctx.euClusterId);
  const sameCountry = ctx.country !== null && partners.some((p) => p.countryKey === ctx.country);
  const others = partners.length - 1;
  const list = partnersText(partners);
  const reason = yours
    ? others > 0
      ? tr('ranking:reason.links.yoursMore', {
          partner: partnerDisplay(yours),
          count: others,
          n: formatNumber(others, 0),
        })
      : tr('ranking:reason.links.yours', { partner: partnerDisplay(yours) })
    : sameCountry
      ? tr('ranking:reason.links.partnersInCountry', { partners: list })
      : tr('ranking:reason.links.partners', { partners: list });
  return result(ctx, 'links', linksScore(ctx, i), reason, true);
}
