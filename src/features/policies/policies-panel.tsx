import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { PolicyGroupList } from '@/features/policies/policy-group';
import { relevantPolicies, topMatchStates } from '@/features/policies/policy-model';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';

/** Programmes, policies, partnerships and past events for the chosen sectors and top-match states. */
export function PoliciesPanel() {
  const { t } = useTranslation('policies');
  const index = useDatasetIndex();
  const matches = useRanking();
  const { sectorIds, asOf } = useAppStore(useShallow((s) => ({ sectorIds: s.profile.sectors, asOf: s.profile.asOf })));
  const language = useAppStore((s) => s.language);
  const topStates = useMemo(() => topMatchStates(matches), [matches]);
  const groups = useMemo(
    () => relevantPolicies(index, { sectorIds, topStates, asOf }),
    // The groups carry their wording (titles, levels, years, relevance): a language switch rebuilds them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, sectorIds, topStates, asOf, language],
  );

  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-bold">{t('panel.heading')}</h2>
      {sectorIds.length === 0 && (
        <p className="rounded border border-brand-600 bg-brand-50 px-2 py-1 text-sm text-slate-900">
          {t('panel.pickSector')}
        </p>
      )}
      {groups.map((g) => (
        <PolicyGroupList key={`${g.id}:${sectorIds.join(',')}`} group={g} />
      ))}
    </div>
  );
}
