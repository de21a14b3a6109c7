import type { Filters } from '@/domain/profile';
import type { Cluster, LabelLevel, StateCode } from '@/domain/types';
import { queryTokens, matchesTokens } from '@/domain/text';
import { isLabelValid } from '@/domain/labels';
import type { ClusterFacts } from '@/domain/ranking/types';

/** Filters turned into sets once per ranking call, so the per-cluster test is cheap. */
export interface CompiledFilters {
  /** False when nothing is filtered, so the ranking loop can skip the test. */
  active: boolean;
  states: ReadonlySet<StateCode> | null;
  levels: ReadonlySet<LabelLevel> | null;
  validity: Filters['labelValidity'];
  eccpOnly: boolean;
  sectors: ReadonlySet<string> | null;
  tokens: readonly string[];
  asOfDay: string;
}

const nonEmpty = <T>(items: readonly T[]): ReadonlySet<T> | null => (items.length > 0 ? new Set(items) : null);

export function compileFilters(filters: Filters, asOfDay: string): CompiledFilters {
  const tokens = queryTokens(filters.query);
  const active =
    filters.states.length > 0 ||
    filters.labelLevels.length > 0 ||
    filters.labelValidity !== 'any' ||
    filters.eccpOnly ||
    filters.sectors.length > 0 ||
    tokens.length > 0;
  return {
    active,
    states: nonEmpty(filters.states),
    levels: nonEmpty(filters.labelLevels),
    validity: filters.labelValidity,
    eccpOnly: filters.eccpOnly,
    sectors: nonEmpty(filters.sectors),
    tokens,
    asOfDay,
  };
}

function passesValidity(cluster: Cluster, f: CompiledFilters): boolean {
  if (f.validity === 'any') return true;
  const labels = cluster.labels;
  if (f.validity === 'none') return labels.length === 0;
  let valid = false;
  for (const label of labels) if (isLabelValid(label, f.asOfDay)) valid = true;
  return f.validity === 'valid' ? valid : labels.length > 0 && !valid;
}

export function passesFilters(cluster: Cluster, facts: ClusterFacts, f: CompiledFilters): boolean {
  if (f.eccpOnly && !cluster.eccpMember) return false;
  if (f.states && (cluster.state === null || !f.states.has(cluster.state))) return false;
  if (f.levels) {
    let found = false;
    for (const label of cluster.labels) if (f.levels.has(label.level)) found = true;
    if (!found) return false;
  }
  if (!passesValidity(cluster, f)) return false;
  if (f.sectors) {
    let found = false;
    for (const sector of cluster.sectors) if (f.sectors.has(sector.id)) found = true;
    if (!found) return false;
  }
  return f.tokens.length === 0 || matchesTokens(facts.search, f.tokens);
}
