import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { relevantPolicies, topMatchStates } from '@/features/policies/policy-model';
import { useDatasetAnnex, useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';

/**
 * The policy groups for the chosen sectors and the states of the top matches (panel and print);
 * null while policies.json loads (after the first render) or when it failed (the page says so above).
 */
export function useRelevantPolicies() {
  const index = useDatasetIndex();
  const annex = useDatasetAnnex();
  const loaded = annex.data?.annex ?? null;
  const matches = useRanking();
  const { sectorIds, asOf } = useAppStore(useShallow((s) => ({ sectorIds: s.profile.sectors, asOf: s.profile.asOf })));
  const language = useAppStore((s) => s.language);
  const topStates = useMemo(() => topMatchStates(matches), [matches]);
  const groups = useMemo(
    () => (loaded ? relevantPolicies(index, loaded, { sectorIds, topStates, asOf }) : null),
    // The groups carry their wording (titles, levels, years, relevance): a language switch rebuilds them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, loaded, sectorIds, topStates, asOf, language],
  );
  return { groups, sectorIds, failed: annex.isError };
}
