import { useMemo } from 'react';
import type { Match } from '@/domain/ranking/types';
import { markersFromMatches } from '@/features/map/map-model';

/** Map markers for the given matches (labels as the ranking judged them). */
export function useMatchMarkers(matches: readonly Match[]) {
  // Label texts are worded in the active language; a switch re-ranks, so `matches` is new then.
  return useMemo(() => markersFromMatches(matches), [matches]);
}
