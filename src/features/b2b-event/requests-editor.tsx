import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { SelectField } from '@/components/field';
import { sameSideRequests, sameSideText } from '@/domain/b2b/same-side';
import { PRIORITIES, type Priority } from '@/domain/b2b/types';
import type { Side } from '@/domain/b2b/participants';
import { addToWorkspace, removeRequest, setPriority } from '@/domain/b2b/workspace-edit';
import { pairText } from '@/features/b2b-event/cell-text';
import { useB2bActions, useB2bWorkspace } from '@/stores/b2b-selectors';

/** The requested meetings with their priority, editable; add one by hand or remove one. */
export function RequestsEditor() {
  const { t } = useTranslation('b2bEvent');
  const { participants, requests } = useB2bWorkspace();
  const { editWorkspace } = useB2bActions();
  const [pick, setPick] = useState({ requester: '', partner: '', priority: 'should' as Priority });
  const names = participants.map((p) => p.name);
  const sameSide = new Map(sameSideRequests(participants, requests).map((s) => [s.request, s.side]));
  const priorityOptions = PRIORITIES.map((p) => (
    <option key={p} value={p}>
      {t(`b2bEvent:priority.${p}`)}
    </option>
  ));
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] items-end gap-2">
        {(['requester', 'partner'] as const).map((side) => (
          <SelectField
            key={side}
            label={t(`b2bEvent:request.${side}`)}
            value={pick[side]}
            onChange={(e) => setPick({ ...pick, [side]: e.target.value })}
          >
            <option value="">{t('b2bEvent:request.choose')}</option>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
        ))}
        <SelectField
          label={t('b2bEvent:request.priority')}
          value={pick.priority}
          onChange={(e) => setPick({ ...pick, priority: e.target.value as Priority })}
        >
          {priorityOptions}
        </SelectField>
        <div>
          <Button
            variant="primary"
            size="md"
            disabled={!pick.requester || !pick.partner || pick.requester === pick.partner}
            onClick={() => editWorkspace((w) => addToWorkspace(w, [], [pick]))}
          >
            {t('b2bEvent:request.add')}
          </Button>
        </div>
      </div>
      <ol className="flex flex-col">
        {requests.map((r, i) => (
          <li
            key={`${r.requester}\u0000${r.partner}`}
            className="flex flex-wrap items-end gap-2 border-t border-slate-200 py-1"
          >
            <span className="min-w-0 flex-1 basis-64 text-base">{pairText(r)}</span>
            <SelectField
              label={t('b2bEvent:request.priorityOf', { pair: pairText(r) })}
              hideLabel
              value={r.priority}
              onChange={(e) => editWorkspace((w) => setPriority(w, i, e.target.value as Priority))}
            >
              {priorityOptions}
            </SelectField>
            <Button variant="neutral" onClick={() => editWorkspace((w) => removeRequest(w, i))}>
              {t('b2bEvent:request.remove', { pair: pairText(r) })}
            </Button>
            <SameSideNote side={sameSide.get(r)} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A request within one side is kept and scheduled; the note says the sources do not cover it. */
function SameSideNote({ side }: { side: Side | undefined }) {
  const { t } = useTranslation('mend');
  if (!side) return null;
  return (
    <Alert tone="warning" role="status" className="basis-full">
      {t('mend:sameSide.listNote', { why: sameSideText(side) })}
    </Alert>
  );
}
