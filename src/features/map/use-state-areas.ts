import { use, useMemo } from 'react';
import { stateStrength } from '@/domain/ranking/state-strength';
import { sectorProse } from '@/domain/vocabulary';
import { buildStateMap, type StateMapModel } from '@/features/map/state-map-model';
import { loadStateShapes } from '@/features/map/state-shapes';
import { usePrimarySector } from '@/hooks/use-ranking';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';

export interface StateAreas extends StateMapModel {
  /** The chosen sector mid-sentence ('aerospace'), or null: then the map shows general cluster strength. */
  sector: string | null;
}

/**
 * The choropleth for the chosen sector (suspends until the outlines have loaded). With no sector
 * chosen it shows the general cluster strength the domain computes for sector ''.
 */
export function useStateAreas(fontSize: number): StateAreas {
  // Always through `use`: calling it only until the outlines arrive breaks React's hook order.
  const shapes = use(loadStateShapes());
  const index = useDatasetIndex();
  const sector = usePrimarySector();
  // The strength wording follows the language.
  const language = useAppStore((s) => s.language);
  return useMemo(() => {
    const strengths = stateStrength(index, sector ?? '');
    const model = buildStateMap(shapes, index.dataset.states, strengths, fontSize);
    return { ...model, sector: sector ? sectorProse(index, sector) : null };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shapes, index, sector, fontSize, language]);
}
