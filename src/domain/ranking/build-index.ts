import type { Dataset, StateCode } from '@/domain/types';
import { unknownStateName } from '@/domain/format';
import { runSteps, type StepProgress } from '@/domain/steps';
import type { Term } from '@/domain/vocabulary';
import { clusterFacts } from '@/domain/ranking/cluster-facts';
import { keywordTable } from '@/domain/ranking/focus-evidence';
import { buildHotArrays } from '@/domain/ranking/hot-arrays';
import { nameOrderOf } from '@/domain/ranking/name-order';
import { partnersByCluster } from '@/domain/ranking/partner-facts';
import type { ClusterFacts, DatasetIndex, SectorInfo, StateInfo } from '@/domain/ranking/types';

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

/** Clusters indexed between two steps (a few milliseconds of work). */
const STEP_CLUSTERS = 500;

/**
 * The index, in steps (the app's loader yields to the page between them, so 100,000 clusters never
 * block it for long). `nameOrder` when already computed for these clusters (the dataset worker's).
 */
export function* buildIndexSteps(dataset: Dataset, nameOrder?: Int32Array): Generator<StepProgress, DatasetIndex> {
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
  const keywords = [...interestIndex.keys()].map((id) => table.get(id));
  const ctx = { sectorIndex, interestIndex, keywords, stateIndex, stateNames };
  const clusters = dataset.clusters;
  const total = clusters.length;
  const facts: ClusterFacts[] = [];
  for (const c of clusters) {
    facts.push(clusterFacts(c, ctx, partners.get(c.id) ?? []));
    if (facts.length % STEP_CLUSTERS === 0) yield { done: facts.length, total };
  }
  const interestClusters = new Int32Array(interestTerms.length);
  for (const f of facts) for (const i of f.interestIds) interestClusters[i] = (interestClusters[i] as number) + 1;

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
    nameOrder: nameOrder?.length === clusters.length ? nameOrder : nameOrderOf(clusters),
    strengthMemo: new Map(),
  };
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  return runSteps(buildIndexSteps(dataset));
}
