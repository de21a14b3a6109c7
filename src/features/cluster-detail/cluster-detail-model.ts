import { formatPercent, formatPoints } from '@/domain/format';
import { criterionLabel, type CriterionId } from '@/domain/profile';
import type { Match } from '@/domain/ranking/types';
import type {
  Cluster,
  ClusterLabel,
  Dataset,
  DatasetMeta,
  Figure,
  Interest,
  Position,
  SourceDocId,
  SourceRef,
} from '@/domain/types';
import { tr } from '@/i18n/i18n';
import { criterionProvenance } from '@/domain/criterion-provenance';
import type { Provenance } from '@/domain/provenance';
import { termNameIn } from '@/domain/vocabulary';

/** Map positions are never exact addresses: say how coarse they are. */
export function precisionText(position: Position | null): string | null {
  if (!position) return null;
  return position.precision === 'city' ? tr('detail:facts.precisionCity') : tr('detail:facts.precisionState');
}

/** 'Preparatory Briefing on Mexico, March 2019': enough to tell editions apart; the raw id if unknown. */
export function docTitle(meta: DatasetMeta, doc: SourceDocId): string {
  const found = meta.sources.find((s) => s.id === doc);
  return found ? `${found.title}, ${found.date}` : doc;
}

/** Title, edition, date and publisher, for the list of editions that mention a cluster. */
export function docFullTitle(meta: DatasetMeta, doc: SourceDocId): string {
  const found = meta.sources.find((s) => s.id === doc);
  return found ? `${found.title} — ${found.edition}, ${found.date} (${found.publisher})` : doc;
}

export function sourceText(meta: DatasetMeta, ref: SourceRef): string {
  return `${docTitle(meta, ref.doc)} — ${ref.section}`;
}

/** Figures grouped by the table or section they come from, so a shared source is cited once. */
export function groupFiguresBySource(
  meta: DatasetMeta,
  figures: readonly Figure[],
): { source: string; figures: Figure[] }[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = sourceText(meta, f.source);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups].map(([source, list]) => ({ source, figures: list }));
}

export function interestNames(interests: readonly Interest[], ids: readonly string[]): string[] {
  return ids.map((id) => termNameIn(interests, id) ?? id);
}

/** Latest validity first; undated labels last, since they cannot be placed in time. */
export function sortLabels(labels: readonly ClusterLabel[]): ClusterLabel[] {
  return [...labels].sort((a, b) => (b.validUntil ?? '').localeCompare(a.validUntil ?? ''));
}

export interface ScoreRow {
  id: CriterionId;
  name: string;
  /** '73%' */
  score: string;
  weight: number;
  /** '29.2', or '0' for a criterion left out of the total */
  points: string;
  reason: string;
  used: boolean;
  /** Where the reason comes from ('related sector, our taxonomy', 'stated in the 2019 briefing, …'); null when it names it itself */
  provenance: Provenance | null;
}

export interface MissedPoints {
  name: string;
  points: string;
}

/**
 * Where the points a match did not earn went, biggest first: what a cluster manager would ask
 * ("why only 62?"). Criteria the profile does not use are left out; together with the total the
 * points add up to 100 (a criterion's share of 100 less what it earned, so points a weak sector fit
 * held back count as missed too).
 */
export function missedPoints(match: Match, limit = 3): MissedPoints[] {
  const totalWeight = match.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight <= 0) return [];
  return match.criteria
    .map((c) => ({ id: c.id, missed: (100 * c.weight) / totalWeight - c.contribution }))
    .filter((c) => c.missed >= 0.05)
    .sort((a, b) => b.missed - a.missed)
    .slice(0, limit)
    .map((c) => ({ name: criterionLabel(c.id), points: formatPoints(c.missed) }));
}

export function scoreRows(match: Match, meta: DatasetMeta): ScoreRow[] {
  return match.criteria.map((c) => ({
    ...row(c),
    provenance: c.weight > 0 ? criterionProvenance(meta, match.cluster, c.id, c.score) : null,
  }));
}

function row(c: Match['criteria'][number]) {
  return {
    id: c.id,
    name: criterionLabel(c.id),
    score: formatPercent(c.score),
    weight: c.weight,
    points: formatPoints(c.contribution),
    reason: c.reason,
    used: c.weight > 0,
  };
}

/** Sectors the taxonomy relates to the cluster's own (both directions), not its own: our editorial layer. */
export function relatedSectorIds(dataset: Dataset, cluster: Cluster): string[] {
  const own = new Set(cluster.sectors.map((s) => s.id));
  const out = new Set<string>();
  for (const s of dataset.sectors) {
    if (own.has(s.id)) for (const r of s.related) out.add(r);
    else if (s.related.some((r) => own.has(r))) out.add(s.id);
  }
  return [...out].filter((id) => !own.has(id)).sort();
}
