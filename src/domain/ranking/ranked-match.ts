import type { CriterionId } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import { judgeLabels, type JudgedLabel } from '@/domain/labels';
import type { RankContext } from '@/domain/ranking/context';
import { explainCriteria } from '@/domain/ranking/explain-criteria';
import { ownReason } from '@/domain/own-facts/own-provenance';
import { sectorScore } from '@/domain/ranking/criterion-scores';
import { relevanceOf } from '@/domain/ranking/total';
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

/**
 * What views show about one scored cluster, built on first read and then kept: ranking 100,000
 * clusters only needs the totals, while a screen shows a few dozen explanations. Shared by every
 * Match of the cluster in one ranking pass (the full ranking and a filtered list).
 */
class Explanation {
  readonly #ctx: RankContext;
  readonly #position: number;
  #criteria: CriterionResult[] | null = null;
  #reasons: string[] | null = null;
  #label: JudgedLabel | null | undefined = undefined;

  constructor(ctx: RankContext, position: number) {
    this.#ctx = ctx;
    this.#position = position;
  }

  get criteria(): CriterionResult[] {
    if (!this.#criteria) {
      const cluster = this.#ctx.index.clusters[this.#position] as Cluster;
      const criteria = explainCriteria(this.#ctx, this.#position);
      // A reason resting on the user's own entry says so ('… (your entry)').
      this.#criteria = cluster.own
        ? criteria.map((c) => ({ ...c, reason: ownReason(cluster, c.id, c.reason) }))
        : criteria;
    }
    return this.#criteria;
  }

  get reasons(): string[] {
    this.#reasons ??= pickReasons(this.criteria);
    return this.#reasons;
  }

  get label(): JudgedLabel | null {
    if (this.#label === undefined) {
      const cluster = this.#ctx.index.clusters[this.#position] as Cluster;
      this.#label = judgeLabels(cluster.labels, this.#ctx.asOf, this.#ctx.expiredFactor);
    }
    return this.#label;
  }

  get sectorFit(): number {
    return this.#ctx.sectorKeys.length === 0 ? 0 : sectorScore(this.#ctx, this.#position);
  }

  get relevance(): number {
    return relevanceOf(this.#ctx, this.#position);
  }

  get stateName(): string | null {
    const s = this.#ctx.index.hot.stateIdx[this.#position] as number;
    return s < 0 ? null : (this.#ctx.index.states[s]?.name ?? null);
  }
}

/** A Match whose explanation is lazy; the getters are enumerable through toJSON. */
export class RankedMatch implements Match {
  readonly cluster: Cluster;
  readonly total: number;
  readonly rank: number;
  readonly #explanation: Explanation;

  private constructor(cluster: Cluster, total: number, rank: number, explanation: Explanation) {
    this.cluster = cluster;
    this.total = total;
    this.rank = rank;
    this.#explanation = explanation;
  }

  static create(ctx: RankContext, position: number, total: number, rank: number): RankedMatch {
    return new RankedMatch(ctx.index.clusters[position] as Cluster, total, rank, new Explanation(ctx, position));
  }

  /** The same scored cluster at another place in a list (e.g. a filtered one); the explanation is shared. */
  withRank(rank: number): RankedMatch {
    return rank === this.rank ? this : new RankedMatch(this.cluster, this.total, rank, this.#explanation);
  }

  get criteria(): CriterionResult[] {
    return this.#explanation.criteria;
  }

  get reasons(): string[] {
    return this.#explanation.reasons;
  }

  get label(): JudgedLabel | null {
    return this.#explanation.label;
  }

  get stateName(): string | null {
    return this.#explanation.stateName;
  }

  get sectorFit(): number {
    return this.#explanation.sectorFit;
  }

  get relevance(): number {
    return this.#explanation.relevance;
  }

  toJSON(): Match {
    const { cluster, rank, total, criteria, reasons, label, stateName, sectorFit, relevance } = this;
    return { cluster, rank, total, criteria, reasons, label, stateName, sectorFit, relevance };
  }
}
