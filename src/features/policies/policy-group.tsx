import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { formatNumber } from '@/domain/format';
import { PolicyCard } from '@/features/policies/policy-card';
import type { GroupId, PolicyGroup } from '@/features/policies/policy-model';

/** Items shown before "Show all": the most relevant come first, the rest one click away. */
const FIRST_ITEMS = 5;

export function PolicyGroupList({ group }: { group: PolicyGroup }) {
  const { t } = useTranslation('policies');
  const empty: Record<GroupId, string> = {
    national: t('empty.national'),
    state: t('empty.state'),
    'eu-mexico': t('empty.euMexico'),
    escp4i: t('empty.escp4i'),
    events: t('empty.events'),
  };
  const [showAll, setShowAll] = useState(false);
  const { items } = group;
  const shown = showAll ? items : items.slice(0, FIRST_ITEMS);
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-sm font-bold text-slate-900">
        {group.title} <span className="font-normal text-slate-700">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{empty[group.id]}</p>
      ) : (
        <ul aria-label={group.title} className="flex flex-col gap-2">
          {shown.map((item) => (
            <li key={item.key}>
              <PolicyCard item={item} />
            </li>
          ))}
        </ul>
      )}
      {group.others.length > 0 && <OtherItems group={group} />}
      {items.length > FIRST_ITEMS && (
        <Button aria-expanded={showAll} onClick={() => setShowAll((v) => !v)} className="w-fit">
          {showAll
            ? t('group.showFewer', { group: group.title })
            : t('group.showAll', { group: group.title, n: formatNumber(items.length, 0) })}
        </Button>
      )}
    </div>
  );
}

/** Items tied to none of your choices: only counted until asked for. */
function OtherItems({ group }: { group: PolicyGroup }) {
  const { t } = useTranslation('provenance');
  const [open, setOpen] = useState(false);
  const n = group.others.length;
  return (
    <>
      <Button variant="neutral" aria-expanded={open} onClick={() => setOpen((v) => !v)} className="w-fit">
        {open
          ? t('policies.hideOthers', { group: group.title })
          : t('policies.showOthers', { count: n, n: formatNumber(n, 0), group: group.title })}
      </Button>
      {open && (
        <ul aria-label={t('policies.othersList', { group: group.title })} className="flex flex-col gap-2">
          {group.others.map((item) => (
            <li key={item.key}>
              <PolicyCard item={item} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
