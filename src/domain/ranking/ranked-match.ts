import type { CriterionId } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import type { RankContext } from '@/domain/ranking/context';
import {
  eccpResult,
  interestsResult,
  labelResult,
  linksResult,
  sectorResult,
  stateResult,
} from '@/domain/ranking/criteria';
import type { CriterionResult, Match } from '@/domain/ranking/types';

const MAX_REASONS = 4;
const MIN_REASONS = 2;

/** Biggest contribution first (ties: bigger weight, then CRITERIA order); topped up to two. */
export function pickReasons(criteria: readonly CriterionResult[]): string[] {
  const sorted = criteria
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.contribution - a.c.contribution || b.c.weight - a.c.weight || a.i - b.i);
  const reasons: string[] = [];
  for (const { c } of sorted) {
    if (reasons.length >= MAX_REASONS) break;
    if (c.contribution > 0 || reasons.length < MIN_REASONS) reasons.push(c.reason);
  }
  return reasons;
}

/**
 * The reasons for a view that already shows some criteria as badges (ESCA label, ECCP): saying
 * "ECCP member" twice wastes one of the few lines a list row or slide has.
 */
export function reasonsBesideBadges(criteria: readonly CriterionResult[], shown: ReadonlySet<CriterionId>): string[] {
  return pickReasons(criteria.filter((c) => !shown.has(c.id)));
}

/** `i`: the cluster's position in the index. */
export function explainCriteria(ctx: RankContext, i: number): CriterionResult[] {
  return [
    sectorResult(ctx, i),
    labelResult(ctx, i),
    eccpResult(ctx, i),
    stateResult(ctx, i),
    interestsResult(ctx, i),
    linksResult(ctx, i),
  ];
}

/**
 * A Match whose explanation (criteria, reasons) is built on first read and then kept: ranking
 * 100,000 clusters only needs the totals, while a screen shows a few dozen explanations.
 * The getters are enumerable through toJSON, so JSON export and persisted stores keep them.
 */
export class RankedMatch implements Match {
  rank = 0;
  readonly cluster: Cluster;
  readonly total: number;
  readonly #ctx: RankContext;
  readonly #position: number;
  #criteria: CriterionResult[] | null = null;
  #reasons: string[] | null = null;

  constructor(ctx: RankContext, position: number, total: number) {
    this.cluster = ctx.index.clusters[position] as Cluster;
    this.total = total;
    this.#ctx = ctx;
    this.#position = position;
  }

  get criteria(): CriterionResult[] {
    this.#criteria ??= explainCriteria(this.#ctx, this.#position);
    return this.#criteria;
  }

  get reasons(): string[] {
    this.#reasons ??= pickReasons(this.criteria);
    return this.#reasons;
  }

  toJSON(): Match {
    return {
      cluster: this.cluster,
      rank: this.rank,
      total: this.total,
      criteria: this.criteria,
      reasons: this.reasons,
    };
  }
}
