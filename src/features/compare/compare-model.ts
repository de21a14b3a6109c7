import { formatFigure } from '@/domain/format';
import type { JudgedLabel } from '@/domain/labels';
import type { CriterionResult, DatasetIndex, Match } from '@/domain/ranking/types';
import type { Figure } from '@/domain/types';
import { ownNotes } from '@/domain/own-facts/own-provenance';
import { countryName, interestName } from '@/domain/vocabulary';

export interface CompareColumn {
  id: string;
  name: string;
  total: number;
  criteria: CriterionResult[];
  /** Whether the current filters hide it from the list (it is scored all the same). */
  filteredOut: boolean;
  label: JudgedLabel | null;
  eccpMember: boolean;
  stateName: string | null;
  figures: Figure[];
  focusAreas: string[];
  euPartners: string[];
  /** What would move it up (src/domain/ranking/move-up-text.ts), at least one line. */
  moveUp: string[];
  /** The user's own values in it ('Website: corrected by you, 1 Dec 2026'), apart from the sources. */
  yours: string[];
}

export function toColumn(match: Match, index: DatasetIndex, filteredOut: boolean, moveUp: string[]): CompareColumn {
  const c = match.cluster;
  return {
    id: c.id,
    name: c.name,
    total: match.total,
    criteria: match.criteria,
    filteredOut,
    label: match.label,
    eccpMember: c.eccpMember,
    stateName: match.stateName,
    figures: c.figures,
    focusAreas: c.focusAreas.map((id) => interestName(index, id) ?? id),
    euPartners: c.euPartners.map((p) => (p.country ? `${p.name} (${countryName(p.country)})` : p.name)),
    moveUp,
    yours: ownNotes(c),
  };
}

/** 'Member companies: 1,200 companies (2018)' */
export function figureLine(f: Pick<Figure, 'label' | 'value' | 'unit' | 'year'>): string {
  return `${f.label}: ${formatFigure(f)}`;
}
