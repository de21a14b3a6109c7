// The dataset as the rest of the app sees it, after validation at the edge (src/data).
// Pure types: no zod, no React. src/data/schemas/domain-type-checks.ts checks each zod schema against these.
import type { OwnClusterMarks } from '@/domain/own-facts/marks';

export type SourceDocId = 'briefing-2016' | 'briefing-2019' | 'paper-2017' | 'paper-2019' | 'factsheet-2020';

/** Where a group of facts came from: document plus table or section. */
export interface SourceRef {
  doc: SourceDocId;
  section: string;
}

export type StateCode =
  | 'AGU'
  | 'BCN'
  | 'BCS'
  | 'CAM'
  | 'CHP'
  | 'CHH'
  | 'CMX'
  | 'COA'
  | 'COL'
  | 'DUR'
  | 'GUA'
  | 'GRO'
  | 'HID'
  | 'JAL'
  | 'MEX'
  | 'MIC'
  | 'MOR'
  | 'NAY'
  | 'NLE'
  | 'OAX'
  | 'PUE'
  | 'QUE'
  | 'ROO'
  | 'SLP'
  | 'SIN'
  | 'SON'
  | 'TAB'
  | 'TAM'
  | 'TLA'
  | 'VER'
  | 'YUC'
  | 'ZAC';

export type LabelLevel = 'gold' | 'silver' | 'bronze';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface Position extends LatLng {
  precision: 'city' | 'state';
}

export interface Figure {
  key: string;
  label: string;
  value: number | string;
  unit: string | null;
  year: number | null;
  source: SourceRef;
}

export interface ClusterSector {
  id: string;
  wording: string;
}

export interface ClusterLabel {
  level: LabelLevel;
  /** ISO date; null where the source gives no date. */
  validUntil: string | null;
  edition: SourceDocId;
  source: SourceRef;
}

export interface EuPartnerLink {
  euClusterId: string | null;
  name: string;
  country: string | null;
  source: SourceRef;
}

/** A value we inferred where the sources are silent or indirect, with the reason (docs/data-notes/provenance.md). */
export interface InferredMark<Field extends string> {
  field: Field;
  reason: string;
}

export type ClusterInferredField = 'state' | 'city' | 'position';
export type PolicyInferredField = 'status' | 'startYear' | 'endYear' | 'sectors' | 'states';
export type EventInferredField = 'organiser' | 'date' | 'place' | 'sectors';

/** A field of one file that is our editorial layer, not the sources'. */
export type EditorialMark =
  | { file: 'sectors'; field: 'related'; note: string }
  | { file: 'clusters'; field: 'focusAreas' | 'position'; note: string }
  | { file: 'states'; field: 'position' | 'capital'; note: string };

export interface Cluster {
  id: string;
  name: string;
  aliases: string[];
  acronym: string | null;
  state: StateCode | null;
  city: string | null;
  position: Position | null;
  sectors: ClusterSector[];
  labels: ClusterLabel[];
  eccpMember: boolean;
  figures: Figure[];
  committees: string[];
  focusAreas: string[];
  euPartners: EuPartnerLink[];
  website: string | null;
  editions: SourceDocId[];
  sources: SourceRef[];
  description: string | null;
  notes: string | null;
  inferred?: InferredMark<ClusterInferredField>[];
  /** Set only by the own-facts overlay (never in the data files): which values are the user's. */
  own?: OwnClusterMarks;
}

export interface StateIndicator {
  kind: string;
  sector: string | null;
  value: number;
  detail: string | null;
  year: number | null;
  source: SourceRef;
}

export interface MexicanState {
  code: StateCode;
  name: string;
  nameEn: string;
  aliases: string[];
  capital: string;
  position: LatLng;
  indicators: StateIndicator[];
}

export interface Sector {
  id: string;
  name: string;
  /** Our own editorial Spanish name (not from the sources); read through src/domain/vocabulary.ts. */
  nameEs: string;
  related: string[];
  wordings: string[];
}

export interface Interest {
  id: string;
  name: string;
  /** Our own editorial Spanish name and description (not from the sources). */
  nameEs: string;
  description: string;
  descriptionEs: string;
  keywords: string[];
}

export type PolicyLevel = 'federal' | 'sectoral' | 'state' | 'eu-mexico';
export type PolicyStatus = 'in-force' | 'ended' | 'discontinued' | 'unknown';

export interface PolicyFigure {
  label: string;
  value: number | string;
  unit: string | null;
  year: number | null;
}

export interface Policy {
  id: string;
  name: string;
  nameOriginal: string | null;
  level: PolicyLevel;
  sectors: string[];
  states: StateCode[];
  startYear: number | null;
  endYear: number | null;
  status: PolicyStatus;
  statusNote: string | null;
  targets: PolicyFigure[];
  summary: string;
  website: string | null;
  sources: SourceRef[];
  inferred?: InferredMark<PolicyInferredField>[];
}

export interface EuCluster {
  id: string;
  name: string;
  acronym: string | null;
  country: string | null;
  sectors: string[];
  relation: 'interested' | 'cooperating' | 'both';
  mexicanPartners: string[];
  website: string | null;
  sources: SourceRef[];
}

export interface Escp4i {
  id: string;
  name: string;
  acronym: string | null;
  generation: 1 | 2 | null;
  sectors: string[];
  members: string[];
  figures: PolicyFigure[];
  summary: string;
  sources: SourceRef[];
}

export interface ClusterPair {
  euClusterId: string;
  mexicanClusterId: string;
  detail: string | null;
  sources: SourceRef[];
}

export interface EventRecord {
  id: string;
  name: string;
  /** ISO date, or YYYY-MM / YYYY where the day is not stated. */
  date: string | null;
  endDate: string | null;
  place: string | null;
  organiser: string | null;
  sectors: string[];
  figures: PolicyFigure[];
  summary: string;
  sources: SourceRef[];
  inferred?: InferredMark<EventInferredField>[];
}

export interface SuccessStory {
  id: string;
  title: string;
  partners: string[];
  mexicanClusterIds: string[];
  euClusterIds: string[];
  sectors: string[];
  cooperationType: string;
  summary: string;
  sources: SourceRef[];
}

export interface ContextFigure {
  id: string;
  sector: string | null;
  label: string;
  value: number;
  unit: string;
  year: number | null;
  source: SourceRef;
}

export interface SourceDocument {
  id: SourceDocId;
  title: string;
  edition: string;
  date: string;
  publisher: string;
}

export interface DatasetMeta {
  version: string;
  compiledOn: string;
  sources: SourceDocument[];
  attribution: string;
  editorial: EditorialMark[];
}

export interface EuSide {
  euClusters: EuCluster[];
  escp4i: Escp4i[];
  pairs: ClusterPair[];
  events: EventRecord[];
  successStories: SuccessStory[];
}

/**
 * What the first screen ranks, lists and maps: the files loaded before the first render. Policies
 * and context figures (`DatasetAnnex`) are loaded after it, for the views that show them.
 */
export interface Dataset {
  meta: DatasetMeta;
  sectors: Sector[];
  interests: Interest[];
  states: MexicanState[];
  clusters: Cluster[];
  eu: EuSide;
}

/** The files only the policies panel, the context chart and the print view read. */
export interface DatasetAnnex {
  policies: Policy[];
  context: ContextFigure[];
}

/** Every file of the dataset, as `npm run validate-data` and the tests read it. */
export type FullDataset = Dataset & DatasetAnnex;
