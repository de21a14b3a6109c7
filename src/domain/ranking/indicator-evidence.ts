// What a state's own indicators add to its strength (the formula is in state-strength.ts): the
// figure behind G, and the E and P terms as facts with points, so the strongest can be named in `why`.
import type { SourceDocId, StateIndicator } from '@/domain/types';
import type { DatasetIndex, StateInfo } from '@/domain/ranking/types';
import { indicatorFact } from '@/domain/ranking/state-facts';
import { sectorProse } from '@/domain/vocabulary';
import { editionYear, newestEditions } from '@/domain/sources';

const IMPLIED_SECTOR: Record<string, string> = {
  'aerospace-hub': 'aerospace',
  'automotive-light-vehicles': 'automotive',
  'automotive-heavy-vehicles': 'automotive',
  'automotive-rd-centre': 'automotive',
  'vehicle-plants': 'automotive',
  'renewable-projects': 'renewable-energy',
};

/** Kinds whose value counts listed items (clusters, carmakers); any other value is one fact, however big. */
const COUNTED_KINDS = new Set(['ict-cluster-location', 'oem-presence', 'organised-clusters']);
const MAX_COUNTED = 3;

/**
 * A statement that names at most this many states singles them out; one that names more (a table
 * listing 26 states for bioenergy) weighs SINGLED_OUT / n for each of its n states.
 */
export const SINGLED_OUT = 6;

/** One term of a state's raw strength; `order` places it in `why`, `editions` say where it is stated. */
export interface StrengthFact {
  text: string;
  points: number;
  order: number;
  editions: readonly SourceDocId[];
  /** Says nothing about the sector (organised clusters overall, a state policy): named only when nothing else is. */
  general?: boolean;
}

function indicatorSector(ind: StateIndicator): string | null {
  return ind.sector ?? IMPLIED_SECTOR[ind.kind] ?? null;
}

/** The most recent general 'organised-clusters' figure of a state. */
export function organised(indicators: readonly StateIndicator[]): StateIndicator | null {
  let best: StateIndicator | null = null;
  for (const ind of indicators) {
    if (ind.kind !== 'organised-clusters' || ind.sector !== null) continue;
    if (!best || (ind.year ?? -1) > (best.year ?? -1)) best = ind;
  }
  return best;
}

const statement = (ind: StateIndicator, withDetail: boolean) =>
  [
    ind.kind,
    indicatorSector(ind) ?? '',
    ind.source.doc,
    ind.source.section,
    ind.year ?? '',
    withDetail ? ind.detail : '',
  ]
    .map(String)
    .join('|');

/**
 * How many states each statement names (a statement: one kind, sector, source and year, and the same
 * detail). A detail written for one state only ('Recognised ICT clusters: IJALTI') is counted with the
 * rest of its table instead.
 */
export function statementSizes(states: readonly StateInfo[]): (ind: StateIndicator) => number {
  const sizes = new Map<string, Set<number>>();
  const count = (key: string, si: number) => {
    const set = sizes.get(key) ?? new Set<number>();
    set.add(si);
    sizes.set(key, set);
  };
  states.forEach((s, si) => {
    for (const ind of s.indicators) {
      count(statement(ind, true), si);
      count(statement(ind, false), si);
    }
  });
  return (ind) => {
    const exact = sizes.get(statement(ind, true))?.size ?? 1;
    return exact > 1 ? exact : (sizes.get(statement(ind, false))?.size ?? 1);
  };
}

/** The E and P terms of one state (`org`, its G figure, is left out). */
export function indicatorEvidence(
  index: DatasetIndex,
  indicators: readonly StateIndicator[],
  org: StateIndicator | null,
  sector: string,
  relatedKeys: ReadonlySet<string>,
  statementSize: (ind: StateIndicator) => number,
): StrengthFact[] {
  // Indicators of one kind and sector make one fact (three renewable project types, two hub mentions).
  // Its points are those of the newest edition that states it: the 2016 briefing repeating what the
  // 2019 one says is history, not a second piece of evidence.
  type Group = { kind: string; sector: string | null; items: StateIndicator[]; byYear: Map<number, number> };
  const groups = new Map<string, Group>();
  for (const ind of indicators) {
    if (ind === org || ind.value <= 0) continue;
    const indSector = indicatorSector(ind);
    let points: number;
    if (indSector === null) {
      if (ind.kind === 'organised-clusters') continue;
      points = 0.25;
    } else {
      const weight = sector === '' ? 1 : indSector === sector ? 2 : relatedKeys.has(indSector) ? 0.5 : 0;
      if (weight === 0) continue;
      const items = COUNTED_KINDS.has(ind.kind) ? Math.min(ind.value, MAX_COUNTED) : 1;
      points = weight * items * Math.min(1, SINGLED_OUT / statementSize(ind));
    }
    const key = `${ind.kind}|${indSector ?? ''}`;
    const group: Group = groups.get(key) ?? { kind: ind.kind, sector: indSector, items: [], byYear: new Map() };
    const year = editionYear(ind.source.doc);
    group.items.push(ind);
    group.byYear.set(year, (group.byYear.get(year) ?? 0) + points);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    text: indicatorFact(g.kind, g.sector === null ? null : sectorProse(index, g.sector), g.items),
    points: g.byYear.get(Math.max(...g.byYear.keys())) ?? 0,
    order: 1,
    editions: newestEditions(g.items.map((i) => i.source.doc)),
    general: g.sector === null,
  }));
}
