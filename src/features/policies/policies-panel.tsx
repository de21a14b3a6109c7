import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PolicyGroupList } from '@/features/policies/policy-group';
import { relevantPolicies, topMatchStates } from '@/features/policies/policy-model';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';

/** Programmes, policies, partnerships and past events for the chosen sectors and top-match states. */
export function PoliciesPanel() {
  const index = useDatasetIndex();
  const matches = useRanking();
  const { sectorIds, asOf } = useAppStore(useShallow((s) => ({ sectorIds: s.profile.sectors, asOf: s.profile.asOf })));
  const topStates = useMemo(() => topMatchStates(matches), [matches]);
  const groups = useMemo(
    () => relevantPolicies(index, { sectorIds, topStates, asOf }),
    [index, sectorIds, topStates, asOf],
  );

  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-bold">Relevant policies</h2>
      {sectorIds.length === 0 && (
        <p className="rounded border border-brand-600 bg-brand-50 px-2 py-1 text-sm text-slate-900">
          Pick a sector in your profile to see its programmes, state policies, ESCP-4i partnerships and past events.
          Until then, only cross-cutting federal and EU–Mexico items are shown.
        </p>
      )}
      {groups.map((g) => (
        <PolicyGroupList key={`${g.id}:${sectorIds.join(',')}`} group={g} />
      ))}
    </div>
  );
}
