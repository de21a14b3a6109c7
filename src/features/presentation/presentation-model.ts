import { formatNumber, formatPoints, notStated } from '@/domain/format';
import { labelText } from '@/domain/labels';
import { reasonsBesideBadges } from '@/domain/ranking/ranked-match';
import type { CriterionId } from '@/domain/profile';
import type { CriterionResult, Match } from '@/domain/ranking/types';
import { tr } from '@/i18n/i18n';

export const TOP_N = 10;

/** Criteria the slide states in its pills, so the reasons do not repeat them. */
const PILLS: ReadonlySet<CriterionId> = new Set<CriterionId>(['label', 'eccp']);

export type Step = { kind: 'go'; index: number } | { kind: 'leave' } | null;

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** What a key does on slide `index` of `count`; null for keys the presentation ignores. */
export function keyStep(key: string, index: number, count: number): Step {
  if (key === 'Escape' || key === 'Esc') return { kind: 'leave' };
  if (count === 0) return null;
  const last = count - 1;
  if (NEXT.has(key)) return { kind: 'go', index: Math.min(last, index + 1) };
  if (PREVIOUS.has(key)) return { kind: 'go', index: Math.max(0, index - 1) };
  if (key === 'Home') return { kind: 'go', index: 0 };
  if (key === 'End') return { kind: 'go', index: last };
  return null;
}

export interface Slide {
  clusterId: string;
  rank: number;
  name: string;
  state: string;
  /** '72' */
  total: string;
  totalValue: number;
  criteria: CriterionResult[];
  labelText: string;
  eccpText: string;
  reasons: string[];
  /** '3 / 10' */
  position: string;
  nextName: string | null;
}

export function buildSlide(matches: readonly Match[], index: number): Slide | null {
  const match = matches[index];
  if (!match) return null;
  const { cluster } = match;
  return {
    clusterId: cluster.id,
    rank: match.rank,
    name: cluster.name,
    state: match.stateName ?? tr('presentation:stateNone', { notStated: notStated() }),
    total: formatPoints(match.total),
    totalValue: match.total,
    criteria: match.criteria,
    labelText: labelText(match.label),
    eccpText: cluster.eccpMember ? tr('presentation:eccp.member') : tr('presentation:eccp.notListed'),
    reasons: reasonsBesideBadges(match.criteria, PILLS),
    position: `${formatNumber(index + 1, 0)} / ${formatNumber(matches.length, 0)}`,
    nextName: matches[index + 1]?.cluster.name ?? null,
  };
}
