import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/domain/format';
import { statusText } from '@/features/policies/status-badge';
import { useRelevantPolicies } from '@/features/policies/use-relevant-policies';

/** Items per group on paper: the most relevant, as the panel orders them. */
export const PRINTED_POLICIES = 3;

/** The policy groups in brief for the printed summary: the first items of each, one line apiece. */
export function PoliciesPrint() {
  const { t } = useTranslation('layout');
  const { groups, failed } = useRelevantPolicies();
  if (!groups)
    return <p className="text-xs">{failed ? t('policies:panel.unavailable') : t('layout:print.policiesLoading')}</p>;
  return (
    <div className="grid grid-cols-2 gap-x-4 gap-y-2 text-xs">
      {groups.map((group) => (
        <div key={group.id} className="break-inside-avoid">
          <h3 className="text-sm font-bold">
            {group.title} ({formatNumber(group.items.length, 0)})
          </h3>
          {group.items.length === 0 ? (
            <p>{t('layout:print.none')}</p>
          ) : (
            <ul className="list-disc pl-4">
              {group.items.slice(0, PRINTED_POLICIES).map((item) => (
                <li key={item.key}>
                  <span className="font-semibold">{item.name}</span> · {statusText(item.status)} · {item.years}
                </li>
              ))}
            </ul>
          )}
          {group.items.length > PRINTED_POLICIES && (
            <p className="italic">
              {t('layout:print.morePolicies', { n: formatNumber(group.items.length - PRINTED_POLICIES, 0) })}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
