import {
  DEFAULT_PRESET_ID,
  DEFAULT_WEIGHTS,
  EMPTY_FILTERS,
  WEIGHT_PRESETS,
  defaultProfile,
  type CriterionId,
  type Filters,
  type Profile,
  type Weights,
} from '@/domain/profile';
import { DEFAULT_EXPIRED_LABEL_FACTOR } from '@/domain/labels';
import { presetOf, type ListProfile } from '@/domain/list-profile';
import type { AppSlice } from '@/stores/app-store';

/** What the ranking is computed from: the profile, the weights and the filters. */
export interface RankingInputsSlice {
  profile: Profile;
  weights: Weights;
  /** The preset the weights came from; null once a slider was moved. */
  presetId: string | null;
  expiredLabelFactor: number;
  filters: Filters;
  /** With a sector chosen, the list shows clusters with sector fit only unless this is on. */
  includeOtherSectors: boolean;
  setProfile: (patch: Partial<Profile>) => void;
  setWeight: (id: CriterionId, value: number) => void;
  applyPreset: (presetId: string) => void;
  setExpiredLabelFactor: (value: number) => void;
  setFilters: (patch: Partial<Filters>) => void;
  clearFilters: () => void;
  setIncludeOtherSectors: (on: boolean) => void;
  /** "Open on the dashboard": the dashboard takes a saved list's profile (its filters stay). */
  applyListProfile: (saved: ListProfile) => void;
}

/** The dashboard's profile as a list keeps it. */
export function dashboardProfile(s: Pick<RankingInputsSlice, keyof ListProfile>): ListProfile {
  return { profile: s.profile, weights: s.weights, presetId: s.presetId, expiredLabelFactor: s.expiredLabelFactor };
}

const today = () => new Date().toISOString().slice(0, 10);

export const createRankingInputsSlice: AppSlice<RankingInputsSlice> = (set) => ({
  profile: defaultProfile(today()),
  weights: DEFAULT_WEIGHTS,
  presetId: DEFAULT_PRESET_ID,
  expiredLabelFactor: DEFAULT_EXPIRED_LABEL_FACTOR,
  filters: EMPTY_FILTERS,
  includeOtherSectors: false,
  setProfile: (patch) => set((s) => ({ profile: { ...s.profile, ...patch } })),
  setWeight: (id, value) => set((s) => ({ weights: { ...s.weights, [id]: value }, presetId: null })),
  applyPreset: (presetId) => {
    const preset = WEIGHT_PRESETS.find((p) => p.id === presetId);
    if (preset) set({ weights: preset.weights, presetId });
  },
  setExpiredLabelFactor: (value) => set({ expiredLabelFactor: Math.min(1, Math.max(0, value)) }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  setIncludeOtherSectors: (on) => set({ includeOtherSectors: on }),
  applyListProfile: ({ profile, weights, presetId, expiredLabelFactor }) =>
    set({ profile, weights, presetId: presetId ?? presetOf(weights), expiredLabelFactor }),
});
