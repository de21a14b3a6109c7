import type { Cluster, StateCode } from '@/domain/types';
import { buildSearchText } from '@/domain/text';
import { statedCommittee } from '@/domain/ranking/focus-evidence';
import type { ClusterFacts, PartnerFact } from '@/domain/ranking/types';

export interface FactsContext {
  sectorIndex: Map<string, number>;
  interestIndex: Map<string, number>;
  keywords: (string[] | undefined)[];
  stateIndex: Map<StateCode, number>;
  stateNames: Map<StateCode, string[]>;
}

const positions = (ids: Iterable<string>, index: Map<string, number>) => {
  const out: number[] = [];
  for (const id of ids) {
    const i = index.get(id);
    if (i !== undefined && !out.includes(i)) out.push(i);
  }
  return out;
};

// The search text is built on the first search, not with the index: normalising the names of
// 100,000 clusters is a quarter of a second nobody waits for before the first match.
export function clusterFacts(c: Cluster, ctx: FactsContext, partners: readonly PartnerFact[]): ClusterFacts {
  const interestIds = positions(c.focusAreas, ctx.interestIndex);
  const stateNames = c.state ? (ctx.stateNames.get(c.state) ?? []) : [];
  let search: string | null = null;
  return {
    sectorIds: positions(
      c.sectors.map((s) => s.id),
      ctx.sectorIndex,
    ),
    stateIdx: c.state ? (ctx.stateIndex.get(c.state) ?? -1) : -1,
    interestIds,
    focusCommittees: interestIds.map((i) => statedCommittee(c, ctx.keywords[i])),
    partners,
    get search() {
      search ??= buildSearchText([c.name, ...c.aliases, c.acronym, c.city, ...stateNames]);
      return search;
    },
  };
}
