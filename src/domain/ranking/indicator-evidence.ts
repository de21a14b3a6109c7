// What a state's own indicators add to its strength (the formula is in state-strength.ts): the
// figure behind G, and the E and P terms as facts with points, so the strongest can be named in `why`.
import type { StateIndicator } from '@/domain/types';
import type { DatasetIndex } from '@/domain/ranking/types';
import { indicatorFact } from '@/domain/ranking/state-facts';

const IMPLIED_SECTOR: Record<string, string> = {
  'aerospace-hub': 'aerospace',
  'automotive-light-vehicles': 'automotive',
  'automotive-heavy-vehicles': 'automotive',
  'automotive-rd-centre': 'automotive',
  'vehicle-plants': 'automotive',
  'renewable-projects': 'renewable-energy',
};

/** One term of a state's raw strength; `order` places it in `why`. */
export interface StrengthFact {
  text: string;
  points: number;
  order: number;
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

export function sectorProse(index: DatasetIndex, id: string): string {
  const i = index.sectorIndex.get(id);
  return i === undefined ? id : (index.sectors[i]?.prose ?? id);
}

/** The E and P terms of one state (`org`, its G figure, is left out). */
export function indicatorEvidence(
  index: DatasetIndex,
  indicators: readonly StateIndicator[],
  org: StateIndicator | null,
  sector: string,
  relatedKeys: ReadonlySet<string>,
): StrengthFact[] {
  // Indicators of one kind and sector make one fact (three renewable project types, two hub mentions).
  const groups = new Map<string, { kind: string; sector: string | null; items: StateIndicator[]; points: number }>();
  for (const ind of indicators) {
    if (ind === org || ind.value <= 0) continue;
    const indSector = indicatorSector(ind);
    let points: number;
    if (indSector === null) {
      if (ind.kind === 'organised-clusters') continue;
      points = 0.5;
    } else {
      const weight = sector === '' ? 1 : indSector === sector ? 2 : relatedKeys.has(indSector) ? 1 : 0;
      if (weight === 0) continue;
      points = weight * Math.min(ind.value, 3);
    }
    const key = `${ind.kind}|${indSector ?? ''}`;
    const group = groups.get(key) ?? { kind: ind.kind, sector: indSector, items: [], points: 0 };
    group.items.push(ind);
    group.points += points;
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    text: indicatorFact(g.kind, g.sector === null ? null : sectorProse(index, g.sector), g.items),
    points: g.points,
    order: 1,
  }));
}
