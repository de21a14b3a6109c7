import { bestLabel } from '@/domain/ranking/labels';
import { isoDay } from '@/domain/ranking/dates';
import type { CriterionResult, Match } from '@/domain/ranking/types';
import type { ClusterLabel, Dataset, Figure } from '@/domain/types';

export interface CompareColumn {
  id: string;
  name: string;
  total: number;
  criteria: CriterionResult[];
  /** Whether the current filters hide it from the list (scored without them). */
  filteredOut: boolean;
  label: ClusterLabel | null;
  eccpMember: boolean;
  stateName: string | null;
  figures: Figure[];
  focusAreas: string[];
  euPartners: string[];
}

/** Matches for the chosen ids, in the chosen order; ids the ranking does not know are dropped. */
export function pickMatches(ids: readonly string[], ...sources: readonly (readonly Match[])[]): Match[] {
  const out: Match[] = [];
  for (const id of ids) {
    for (const list of sources) {
      const found = list.find((m) => m.cluster.id === id);
      if (found) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}

export function toColumn(
  match: Match,
  dataset: Dataset,
  asOf: string,
  factor: number,
  filteredOut: boolean,
): CompareColumn {
  const c = match.cluster;
  const interests = new Map(dataset.interests.map((i) => [i.id, i.name]));
  const state = c.state ? dataset.states.find((s) => s.code === c.state) : undefined;
  return {
    id: c.id,
    name: c.name,
    total: match.total,
    criteria: match.criteria,
    filteredOut,
    label: bestLabel(c.labels, isoDay(asOf), factor)?.label ?? null,
    eccpMember: c.eccpMember,
    stateName: state?.name ?? c.state,
    figures: c.figures,
    focusAreas: c.focusAreas.map((id) => interests.get(id) ?? id),
    euPartners: c.euPartners.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)),
  };
}

/** 'Member companies: 1,200 companies (2018)' */
export function figureLine(f: Pick<Figure, 'label' | 'value' | 'unit' | 'year'>): string {
  const value = typeof f.value === 'number' ? f.value.toLocaleString('en-GB') : f.value;
  return `${f.label}: ${value}${f.unit ? ` ${f.unit}` : ''}${f.year ? ` (${f.year})` : ''}`;
}
