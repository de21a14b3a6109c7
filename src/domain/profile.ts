import type { LabelLevel, StateCode } from '@/domain/types';

/** What the European cluster manager tells us about themselves; `asOf` decides label validity. */
export interface Profile {
  sectors: string[];
  interests: string[];
  country: string | null;
  preferredStates: StateCode[];
  euClusterId: string | null;
  /** ISO date; passed in so the ranking stays a pure function of its inputs. */
  asOf: string;
}

export type CriterionId = 'sector' | 'label' | 'eccp' | 'state' | 'interests' | 'links';

export const CRITERIA: readonly CriterionId[] = ['sector', 'label', 'eccp', 'state', 'interests', 'links'];

export const CRITERION_LABELS: Record<CriterionId, string> = {
  sector: 'Sector fit',
  label: 'ESCA label',
  eccp: 'ECCP membership',
  state: 'State strength',
  interests: 'Interests',
  links: 'Existing EU links',
};

/** Slider values 0..10; 0 removes the criterion from the total. */
export type Weights = Record<CriterionId, number>;

export interface WeightPreset {
  id: string;
  name: string;
  description: string;
  weights: Weights;
}

// The product brief lists the criteria as sector fit, ESCA label, ECCP membership, state strength:
// the default follows that order. State strength describes the place, not the organisation, and
// its index spreads widely (the best state is 1), so a small weight is enough to break ties.
const BALANCED: WeightPreset = {
  id: 'balanced',
  name: 'Balanced',
  description:
    'Sector fit first, then the organisation itself (ESCA label, ECCP membership) and your interests; location and existing links break ties.',
  weights: { sector: 10, label: 5, eccp: 3, state: 3, interests: 5, links: 2 },
};

export const WEIGHT_PRESETS: WeightPreset[] = [
  BALANCED,
  {
    id: 'quality-first',
    name: 'Quality first',
    description: 'Favours clusters with a current ESCA label and ECCP membership.',
    weights: { sector: 8, label: 10, eccp: 8, state: 2, interests: 4, links: 3 },
  },
  {
    id: 'sector-specialists',
    name: 'Sector specialists',
    description: 'Favours clusters in your sector, located in the states strongest for it.',
    weights: { sector: 10, label: 4, eccp: 2, state: 8, interests: 6, links: 2 },
  },
  {
    id: 'established-eu-links',
    name: 'Established EU links',
    description: 'Favours clusters that already cooperate with European clusters.',
    weights: { sector: 8, label: 4, eccp: 6, state: 2, interests: 4, links: 10 },
  },
];

/** The weights a visit starts with: the Balanced preset. */
export const DEFAULT_WEIGHTS: Weights = BALANCED.weights;
export const DEFAULT_PRESET_ID = BALANCED.id;

export interface Filters {
  states: StateCode[];
  labelLevels: LabelLevel[];
  /** 'valid' = a label valid on the as-of date; 'expired' = labelled but none valid; 'none' = never labelled. */
  labelValidity: 'any' | 'valid' | 'expired' | 'none';
  eccpOnly: boolean;
  sectors: string[];
  query: string;
}

export const EMPTY_FILTERS: Filters = {
  states: [],
  labelLevels: [],
  labelValidity: 'any',
  eccpOnly: false,
  sectors: [],
  query: '',
};

export function defaultProfile(asOf: string): Profile {
  return { sectors: [], interests: [], country: null, preferredStates: [], euClusterId: null, asOf };
}
