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
class Facts implements ClusterFacts {
  readonly sectorIds: readonly number[];
  readonly stateIdx: number;
  readonly interestIds: readonly number[];
  readonly focusCommittees: readonly (string | null)[];
  readonly partners: readonly PartnerFact[];
  #search: string | null = null;
  readonly #cluster: Cluster;
  readonly #stateNames: readonly string[];

  constructor(c: Cluster, ctx: FactsContext, partners: readonly PartnerFact[]) {
    this.#cluster = c;
    this.#stateNames = c.state ? (ctx.stateNames.get(c.state) ?? []) : [];
    this.sectorIds = positions(
      c.sectors.map((s) => s.id),
      ctx.sectorIndex,
    );
    this.stateIdx = c.state ? (ctx.stateIndex.get(c.state) ?? -1) : -1;
    this.interestIds = positions(c.focusAreas, ctx.interestIndex);
    this.focusCommittees = this.interestIds.map((i) => statedCommittee(c, ctx.keywords[i]));
    this.partners = partners;
  }

  get search(): string {
    const c = this.#cluster;
    this.#search ??= buildSearchText([c.name, ...c.aliases, c.acronym, c.city, ...this.#stateNames]);
    return this.#search;
  }
}

export function clusterFacts(c: Cluster, ctx: FactsContext, partners: readonly PartnerFact[]): ClusterFacts {
  return new Facts(c, ctx, partners);
}
