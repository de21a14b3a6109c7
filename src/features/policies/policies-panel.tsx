import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PolicyGroupList } from '@/features/policies/policy-group';
import { useRelevantPolicies } from '@/features/policies/use-relevant-policies';

/** Programmes, policies, partnerships and past events for the chosen sectors and top-match states. */
export function PoliciesPanel() {
  const { t } = useTranslation('policies');
  const { groups, sectorIds, failed } = useRelevantPolicies();

  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-bold">{t('panel.heading')}</h2>
      {sectorIds.length === 0 && (
        <p className="rounded border border-brand-600 bg-brand-50 px-2 py-1 text-sm text-slate-900">
          {t('panel.pickSector')}
        </p>
      )}
      {failed ? (
        <p className="text-sm text-slate-800">{t('panel.unavailable')}</p>
      ) : groups ? (
        groups.map((g) => <PolicyGroupList key={`${g.id}:${sectorIds.join(',')}`} group={g} />)
      ) : (
        <Loading what={t('perf:loading.policies')} />
      )}
    </div>
  );
}
