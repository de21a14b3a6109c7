import type { CriterionId, Filters, Weights } from '@/domain/profile';
import type { JudgedLabel } from '@/domain/labels';
import type { Cluster, Dataset, EuCluster, StateCode, StateIndicator } from '@/domain/types';
import type { Term } from '@/domain/vocabulary';
import type { Locale } from '@/i18n/i18n';
import type { HotArrays } from '@/domain/ranking/hot-arrays';

export interface ScoreOptions {
  weights: Weights;
  /** Multiplier for expired or undated labels; 0.5 by default. */
  expiredLabelFactor: number;
}

export interface RankOptions extends ScoreOptions {
  filters: Filters;
}

export interface CriterionResult {
  id: CriterionId;
  /** 0..1 */
  score: number;
  /** Effective weight: the slider value, or 0 when the criterion is not used (e.g. no sector chosen). */
  weight: number;
  /** Points of the 0..100 total (unrounded; they add up to the unrounded total). */
  contribution: number;
  /** In cluster-manager words. */
  reason: string;
  /** False when the sources are silent; the reason then says so. */
  known: boolean;
}

export interface Match {
  cluster: Cluster;
  /** 1-based */
  rank: number;
  /** 0..100, rounded to 1 decimal */
  total: number;
  /** In CRITERIA order */
  criteria: CriterionResult[];
  /** 2–4 most telling reasons, biggest contribution first */
  reasons: string[];
  /** The best ESCA label as judged at the profile's as-of date; null when the cluster has none. */
  label: JudgedLabel | null;
  /** Null when the sources do not state the cluster's state. */
  stateName: string | null;
  /** Sector fit 0..1 (1 exact, 0.3 related, 0 none or no sector chosen), without building the explanation. */
  sectorFit: number;
  /** The share its other criteria count at (total.ts): 1 with no sector chosen or an exact fit, 0.3 related, 0 outside. */
  relevance: number;
}

export interface StateStrength {
  code: StateCode;
  sector: string;
  /** raw / best raw over all states, 0..1 */
  index: number;
  raw: number;
  /** One sentence naming the strongest facts: "Nuevo León: 12 formally organised clusters, aerospace hub". */
  why: string;
}

export interface SectorInfo {
  id: string;
  /** Both names; a sector missing from sectors.json is named by a cluster's wording. Read through src/domain/vocabulary.ts. */
  term: Term;
  /** Symmetric closure of the taxonomy's `related`. */
  related: readonly number[];
}

export interface StateInfo {
  code: StateCode;
  name: string;
  indicators: readonly StateIndicator[];
}

export interface PartnerFact {
  euClusterId: string | null;
  /** 'HEGAN': the EU cluster's acronym or name, as the sources write it. */
  name: string;
  /** The country as the sources name it (in English); shown in the active language. */
  country: string | null;
  countryKey: string | null;
}

/** Per-cluster facts that do not depend on the profile, computed once per dataset (no text: reasons word it). */
export interface ClusterFacts {
  sectorIds: readonly number[];
  /** -1 when the state is not stated */
  stateIdx: number;
  interestIds: readonly number[];
  /** By position in interestIds: the stated committee the focus area rests on, or null. */
  focusCommittees: readonly (string | null)[];
  search: string;
  partners: readonly PartnerFact[];
}

export interface StrengthTable {
  list: StateStrength[];
  /** index by state position in DatasetIndex.states */
  byState: Float64Array;
  /** Just the facts part of `why`, by state position */
  facts: string[];
  /** `why`, by state position */
  why: string[];
  /** The language `why` and `facts` are worded in. */
  locale: Locale;
}

/** Built once per dataset; treat as opaque outside src/domain/ranking. */
export interface DatasetIndex {
  dataset: Dataset;
  clusters: readonly Cluster[];
  facts: readonly ClusterFacts[];
  hot: HotArrays;
  sectors: readonly SectorInfo[];
  sectorIndex: ReadonlyMap<string, number>;
  /** By interest slot (`interestIndex`). */
  interestTerms: readonly Term[];
  interestIndex: ReadonlyMap<string, number>;
  /** By interest slot: how many clusters state it as a focus area (0: nobody can match it). */
  interestClusters: Int32Array;
  states: readonly StateInfo[];
  stateIndex: ReadonlyMap<StateCode, number>;
  euClusters: ReadonlyMap<string, EuCluster>;
  /** Position in `clusters` by cluster id. */
  positionById: ReadonlyMap<string, number>;
  /** Display names by code: a state missing from states.json is named by its code. */
  stateNames: ReadonlyMap<StateCode, string>;
  /** Sectors and interests as their files name them, in both languages (src/domain/vocabulary.ts picks one). */
  sectorById: ReadonlyMap<string, Term>;
  interestById: ReadonlyMap<string, Term>;
  /** nameOrder[i]: position of cluster i in Spanish name order (ties by id) */
  nameOrder: Int32Array;
  /** Lazily filled per sector ('' = no sector chosen); never per ranking call. */
  strengthMemo: Map<string, StrengthTable>;
}
