import type { Filters, Weights } from '@/domain/profile';
import type { LabelLevel } from '@/domain/types';
import type { Locale } from '@/i18n/i18n';
import type { DecodedList, ShareList } from '@/domain/share-link-list';

export interface ShareFilters {
  states: string[];
  labels: LabelLevel[];
  validity: Filters['labelValidity'];
  eccp: boolean;
  query: string;
}

export interface ShareState {
  sectors: string[];
  interests: string[];
  /** Preferred Mexican states. */
  states: string[];
  country: string | null;
  /** EU cluster id. */
  we: string | null;
  asOf: string | null;
  weights: Weights | null;
  preset: string | null;
  /** How much an expired label counts (0..1); absent for the default. */
  labelFactor?: number;
  shortlist: string[];
  /** The shared list's name, notes, event and own profile; absent in the address bar. */
  list?: ShareList;
  selected: string | null;
  filters: ShareFilters;
  /** The page language; absent for the default (English), so the reader's own choice applies. */
  lang?: Locale;
}

export interface ShareKnown {
  sectors: ReadonlySet<string>;
  interests: ReadonlySet<string>;
  states: ReadonlySet<string>;
  clusters: ReadonlySet<string>;
  euClusters: ReadonlySet<string>;
}

export interface DecodedShare {
  state: Partial<Omit<ShareState, 'list'>>;
  /** What the link carries of the shared list beyond its clusters. */
  list?: DecodedList;
  /** Human messages for unknown or malformed parameters. */
  ignored: string[];
}

export const EMPTY_SHARE_FILTERS: ShareFilters = { states: [], labels: [], validity: 'any', eccp: false, query: '' };
export const EMPTY_SHARE_STATE: ShareState = {
  ...{ sectors: [], interests: [], states: [], country: null, we: null, asOf: null },
  ...{ weights: null, preset: null, shortlist: [], selected: null, filters: EMPTY_SHARE_FILTERS },
};

/** Weights travel as whole numbers 0..MAX_SHARE_WEIGHT, the slider's range. */
export const MAX_SHARE_WEIGHT = 10;
