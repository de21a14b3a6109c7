import { CRITERIA, WEIGHT_PRESETS, type Profile, type Weights } from '@/domain/profile';

/**
 * What a saved list was scored with when it was built: the manager's profile (sectors, interests,
 * "we are", preferred states, as-of date), the weights and the factor for expired labels. A list
 * keeps it, so changing the dashboard never rescopes a saved event.
 */
export interface ListProfile {
  profile: Profile;
  weights: Weights;
  /** The preset the weights came from; null once a slider was moved. */
  presetId: string | null;
  expiredLabelFactor: number;
}

/** The scoring inputs of a ranking: a list's profile, or the dashboard's. */
export type ScoringInputs = Pick<ListProfile, 'profile' | 'weights' | 'expiredLabelFactor'>;

/**
 * One text per distinct scoring: equal for two inputs that score every cluster the same, whatever
 * object they live in (a list loaded from storage and the dashboard never share one). The preset
 * name is left out: it labels the weights, it does not change a score.
 */
export function scoringKey({ profile: p, weights, expiredLabelFactor }: ScoringInputs): string {
  return JSON.stringify([
    p.sectors,
    p.interests,
    p.country,
    p.preferredStates,
    p.euClusterId,
    p.asOf,
    CRITERIA.map((id) => weights[id]),
    expiredLabelFactor,
  ]);
}

export function sameScoring(a: ScoringInputs, b: ScoringInputs): boolean {
  return a === b || scoringKey(a) === scoringKey(b);
}

/** The preset these weights are, when they are exactly one (a list saved by an older file may lack the id). */
export function presetOf(weights: Weights): string | null {
  return WEIGHT_PRESETS.find((p) => CRITERIA.every((id) => p.weights[id] === weights[id]))?.id ?? null;
}
