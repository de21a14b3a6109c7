import type { LabelLevel, StateCode } from '@/domain/types';
import { tr } from '@/i18n/i18n';

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

/** 'Sector fit', 'ESCA label', …: the criterion's name in the active language. */
export function criterionLabel(id: CriterionId): string {
  // One message per criterion id (ranking:criterion.*, kept by the extractor's preservePatterns).
  return tr(`ranking:criterion.${id}`);
}

/** Slider values 0..10; 0 removes the criterion from the total. */
export type Weights = Record<CriterionId, number>;

export type PresetId = 'balanced' | 'quality-first' | 'sector-specialists' | 'established-eu-links';

export interface WeightPreset {
  id: PresetId;
  weights: Weights;
}

// The product brief lists the criteria as sector fit, ESCA label, ECCP membership, state strength:
// the default follows that order. State strength describes the place, not the organisation, and
// its index spreads widely (the best state is 1), so a small weight is enough to break ties.
const BALANCED: WeightPreset = {
  id: 'balanced',
  weights: { sector: 10, label: 5, eccp: 3, state: 3, interests: 5, links: 2 },
};

export const WEIGHT_PRESETS: WeightPreset[] = [
  BALANCED,
  { id: 'quality-first', weights: { sector: 8, label: 10, eccp: 8, state: 2, interests: 4, links: 3 } },
  { id: 'sector-specialists', weights: { sector: 10, label: 4, eccp: 2, state: 8, interests: 6, links: 2 } },
  { id: 'established-eu-links', weights: { sector: 8, label: 4, eccp: 6, state: 2, interests: 4, links: 10 } },
];

const PRESET_TEXTS: Record<PresetId, { name: () => string; description: () => string }> = {
  balanced: {
    name: () => tr('ranking:preset.balanced.name'),
    description: () => tr('ranking:preset.balanced.description'),
  },
  'quality-first': {
    name: () => tr('ranking:preset.qualityFirst.name'),
    description: () => tr('ranking:preset.qualityFirst.description'),
  },
  'sector-specialists': {
    name: () => tr('ranking:preset.sectorSpecialists.name'),
    description: () => tr('ranking:preset.sectorSpecialists.description'),
  },
  'established-eu-links': {
    name: () => tr('ranking:preset.establishedEuLinks.name'),
    description: () => tr('ranking:preset.establishedEuLinks.description'),
  },
};

/** 'Balanced', 'Quality first', …, in the active language. */
export function presetName(id: PresetId): string {
  return PRESET_TEXTS[id].name();
}

/** What the preset favours, one sentence in the active language. */
export function presetDescription(id: PresetId): string {
  return PRESET_TEXTS[id].description();
}

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
