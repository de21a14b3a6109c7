import type { Cluster, Dataset, StateCode } from '@/domain/types';
import { unknownStateName } from '@/domain/format';
import { buildSearchText } from '@/domain/text';
import type { Term } from '@/domain/vocabulary';
import { keywordTable, statedCommittee } from '@/domain/ranking/focus-evidence';
import { buildHotArrays } from '@/domain/ranking/hot-arrays';
import { partnersByCluster } from '@/domain/ranking/partner-facts';
import type { ClusterFacts, DatasetIndex, PartnerFact, SectorInfo, StateInfo } from '@/domain/ranking/types';

function buildSectors(dataset: Dataset): { sectors: SectorInfo[]; sectorIndex: Map<string, number> } {
  const names = new Map<string, Term>();
  for (const s of dataset.sectors) names.set(s.id, s);
  // Clusters may carry sector ids missing from the taxonomy; they still need a slot and a name (the
  // source's wording, in either language).
  for (const c of dataset.clusters)
    for (const s of c.sectors)
      if (!names.has(s.id)) names.set(s.id, { name: s.wording || s.id, nameEs: s.wording || s.id });
  const sectorIndex = new Map<string, number>();
  for (const id of names.keys()) sectorIndex.set(id, sectorIndex.size);
  const related = [...names.keys()].map(() => new Set<number>());
  for (const s of dataset.sectors) {
    const a = sectorIndex.get(s.id) ?? -1;
    for (const r of s.related) {
      const b = sectorIndex.get(r);
      if (b === undefined || b === a) continue;
      related[a]?.add(b);
      related[b]?.add(a);
    }
  }
  const sectors = [...names].map(([id, { name, nameEs }], i) => ({
    id,
    term: { name, nameEs },
    related: [...(related[i] ?? [])].sort((x, y) => x - y),
  }));
  return { sectors, sectorIndex };
}

function buildStates(dataset: Dataset): StateInfo[] {
  const states: StateInfo[] = dataset.states.map((s) => ({ code: s.code, name: s.name, indicators: s.indicators }));
  const known = new Set(states.map((s) => s.code));
  // A cluster's state may be missing from states.json while data is incomplete (Data quality reports
  // it): keep it, shown by its code marked as unknown.
  for (const c of dataset.clusters) {
    if (c.state && !known.has(c.state)) {
      known.add(c.state);
      states.push({ code: c.state, name: unknownStateName(c.state), indicators: [] });
    }
  }
  return states;
}

function clusterFacts(
  c: Cluster,
  idx: { sectorIndex: Map<string, number>; interestIndex: Map<string, number>; keywords: (string[] | undefined)[] },
  stateIndex: Map<StateCode, number>,
  stateNames: Map<StateCode, string[]>,
  partners: PartnerFact[],
): ClusterFacts {
  const sectorIds = [...new Set(c.sectors.map((s) => idx.sectorIndex.get(s.id) ?? -1))].filter((i) => i >= 0);
  const interestIds = [...new Set(c.focusAreas.map((f) => idx.interestIndex.get(f) ?? -1))].filter((i) => i >= 0);
  return {
    sectorIds,
    stateIdx: c.state ? (stateIndex.get(c.state) ?? -1) : -1,
    interestIds,
    focusCommittees: interestIds.map((i) => statedCommittee(c, idx.keywords[i])),
    search: buildSearchText([
      c.name,
      ...c.aliases,
      c.acronym,
      c.city,
      ...(c.state ? (stateNames.get(c.state) ?? []) : []),
    ]),
    partners,
  };
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const { sectors, sectorIndex } = buildSectors(dataset);
  const interestIndex = new Map<string, number>();
  const interestTerms: Term[] = [];
  for (const i of dataset.interests) {
    if (interestIndex.has(i.id)) continue;
    interestIndex.set(i.id, interestTerms.length);
    interestTerms.push({ name: i.name, nameEs: i.nameEs });
  }
  const states = buildStates(dataset);
  const stateIndex = new Map<StateCode, number>(states.map((s, i) => [s.code, i]));
  const stateNames = new Map<StateCode, string[]>(
    dataset.states.map((s) => [s.code, [s.name, s.nameEn, ...s.aliases, s.code]]),
  );
  const euClusters = new Map(dataset.eu.euClusters.map((e) => [e.id, e]));
  const partners = partnersByCluster(dataset, euClusters);
  const table = keywordTable(dataset.interests);
  const ctx = { sectorIndex, interestIndex, keywords: [...interestIndex.keys()].map((id) => table.get(id)) };
  const clusters = dataset.clusters;
  const facts = clusters.map((c) => clusterFacts(c, ctx, stateIndex, stateNames, partners.get(c.id) ?? []));
  const interestClusters = new Int32Array(interestTerms.length);
  for (const f of facts) for (const i of f.interestIds) interestClusters[i] = (interestClusters[i] as number) + 1;

  const collator = new Intl.Collator('es');
  const order = clusters.map((_, i) => i);
  order.sort((a, b) => {
    const ca = clusters[a] as Cluster;
    const cb = clusters[b] as Cluster;
    return collator.compare(ca.name, cb.name) || (ca.id < cb.id ? -1 : ca.id > cb.id ? 1 : 0);
  });
  const nameOrder = new Int32Array(clusters.length);
  order.forEach((clusterPos, sortedPos) => (nameOrder[clusterPos] = sortedPos));

  return {
    dataset,
    clusters,
    facts,
    hot: buildHotArrays(clusters, facts),
    sectors,
    sectorIndex,
    interestTerms,
    interestIndex,
    interestClusters,
    states,
    stateIndex,
    euClusters,
    positionById: new Map(clusters.map((c, i) => [c.id, i])),
    stateNames: new Map(states.map((s) => [s.code, s.name])),
    sectorById: new Map(dataset.sectors.map((s) => [s.id, { name: s.name, nameEs: s.nameEs }])),
    interestById: new Map(dataset.interests.map((i) => [i.id, { name: i.name, nameEs: i.nameEs }])),
    nameOrder,
    strengthMemo: new Map(),
  };
}
