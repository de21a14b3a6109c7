import { useMemo } from 'react';
import type { Match } from '@/domain/ranking/types';
import { markersFromMatches } from '@/features/map/map-model';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';

/** Map markers for the given matches, with labels judged on the profile's as-of date. */
export function useMatchMarkers(matches: readonly Match[]) {
  const dataset = useDatasetValue();
  const asOf = useAppStore((s) => s.profile.asOf);
  const expiredLabelFactor = useAppStore((s) => s.expiredLabelFactor);
  const stateNames = useMemo(() => new Map(dataset.states.map((s) => [s.code, s.name])), [dataset]);
  return useMemo(
    () => markersFromMatches(matches, { asOf, expiredLabelFactor, stateNames }),
    [matches, asOf, expiredLabelFactor, stateNames],
  );
}
