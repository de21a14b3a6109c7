// The words a state's strength index is read out in ("a strong aerospace state"), shared by the
// state criterion's reason and the state map, so both name the same state the same way.
export type StateLevel = 'strong' | 'fair' | 'modest' | 'none';

/** Strongest first: the order legends list them in. */
export const STATE_LEVELS: readonly StateLevel[] = ['strong', 'fair', 'modest', 'none'];

/** An index of 0..1 (1 = the best state for the sector) as a level; 0 means no evidence at all. */
export function strengthLevel(index: number): StateLevel {
  return index >= 0.66 ? 'strong' : index >= 0.33 ? 'fair' : index > 0 ? 'modest' : 'none';
}
