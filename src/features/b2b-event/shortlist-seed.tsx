import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { Fieldset } from '@/components/fieldset';
import { fromShortlists } from '@/domain/b2b/from-shortlists';
import { addToWorkspace } from '@/domain/b2b/workspace-edit';
import { formatNumber } from '@/domain/format';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useB2bActions, useSavedShortlists } from '@/stores/b2b-selectors';

/** "Add participants from shortlists": each chosen list becomes an EU delegate with its partners as requests. */
export function ShortlistSeed() {
  const { t } = useTranslation('b2bEvent');
  const lists = useSavedShortlists();
  const { clusters } = useDatasetValue();
  const { editWorkspace } = useB2bActions();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [added, setAdded] = useState('');
  if (lists.length === 0) return <p className="text-base text-slate-700">{t('b2bEvent:seed.none')}</p>;
  const add = () => {
    const picked = lists.filter((l) => chosen.has(l.id));
    const byId = new Map(clusters.map((c) => [c.id, c]));
    const seed = fromShortlists(picked, (id) => byId.get(id));
    editWorkspace((w) => addToWorkspace(w, seed.participants, seed.requests));
    setAdded(t('b2bEvent:seed.added', { count: seed.requests.length, n: formatNumber(seed.requests.length, 0) }));
    setChosen(new Set());
  };
  return (
    <Fieldset legend={t('b2bEvent:seed.legend')} hint={t('b2bEvent:seed.hint')}>
      {lists.map((list) => (
        <Checkbox
          key={list.id}
          label={list.name}
          detail={formatNumber(list.entries.length, 0)}
          detailSrText={t('b2bEvent:seed.partners')}
          checked={chosen.has(list.id)}
          onChange={(e) => {
            const next = new Set(chosen);
            if (e.target.checked) next.add(list.id);
            else next.delete(list.id);
            setChosen(next);
          }}
        />
      ))}
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <Button variant="primary" disabled={chosen.size === 0} onClick={add}>
          {t('b2bEvent:seed.add')}
        </Button>
        <span role="status" className="text-sm">
          {added}
        </span>
      </div>
    </Fieldset>
  );
}
