import { useState } from 'react';
import { Button } from '@/components/button';
import { PolicyCard } from '@/features/policies/policy-card';
import type { GroupId, PolicyGroup } from '@/features/policies/policy-model';

/** Items shown before "Show all": the most relevant come first, the rest one click away. */
const FIRST_ITEMS = 5;

const EMPTY_GROUP: Record<GroupId, string> = {
  national: 'No federal or sectoral programme in the sources for these sectors.',
  state: 'No state policy in the sources for these sectors or the states of the top matches.',
  'eu-mexico': 'No EU–Mexico instrument in the sources for these sectors.',
  escp4i: 'No ESCP-4i partnership in the sources targets these sectors.',
  events: 'No event or mission in the sources for these sectors.',
};

export function PolicyGroupList({ group }: { group: PolicyGroup }) {
  const [showAll, setShowAll] = useState(false);
  const { items } = group;
  const shown = showAll ? items : items.slice(0, FIRST_ITEMS);
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-sm font-bold text-slate-900">
        {group.title} <span className="font-normal text-slate-700">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{EMPTY_GROUP[group.id]}</p>
      ) : (
        <ul aria-label={group.title} className="flex flex-col gap-2">
          {shown.map((item) => (
            <li key={item.key}>
              <PolicyCard item={item} />
            </li>
          ))}
        </ul>
      )}
      {items.length > FIRST_ITEMS && (
        <Button aria-expanded={showAll} onClick={() => setShowAll((v) => !v)} className="w-fit">
          {showAll ? `Show fewer: ${group.title}` : `Show all ${items.length}: ${group.title}`}
        </Button>
      )}
    </div>
  );
}
