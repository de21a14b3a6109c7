import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import type { B2bParticipant } from '@/domain/b2b/participants';
import type { Unavailability } from '@/domain/b2b/types';
import { removeParticipant, updateParticipant } from '@/domain/b2b/workspace-edit';
import { wholeNumber } from '@/features/b2b-event/number-input';
import { TimesEditor } from '@/features/b2b-event/times-editor';
import { useB2bActions, useB2bWorkspace } from '@/stores/b2b-selectors';

/** One participant: its cap, its unavailable times, and remove (with its requests). */
export function ParticipantRow({ participant }: { participant: B2bParticipant }) {
  const { t } = useTranslation('b2bEvent');
  const { unavailable, event } = useB2bWorkspace();
  const { editWorkspace } = useB2bActions();
  const { name } = participant;
  const own = unavailable.filter((u) => u.participant === name);
  const setOwn = (items: Array<{ date: string | null; start: string; end: string }>) =>
    editWorkspace((w) => ({
      ...w,
      unavailable: [
        ...w.unavailable.filter((u) => u.participant !== name),
        ...items.map((u): Unavailability => ({ participant: name, date: u.date ?? '', start: u.start, end: u.end })),
      ],
    }));
  const firstDate = event.sessions[0]?.date ?? '';
  return (
    <li className="flex flex-col gap-1 border-t border-slate-200 py-2">
      <div className="flex flex-wrap items-end gap-x-3 gap-y-1">
        <span className="text-base font-semibold">{name}</span>
        <span className="text-sm text-slate-700">{t(`b2bEvent:side.${participant.side}`)}</span>
        {participant.website && <span className="text-sm break-all text-slate-700">{participant.website}</span>}
        <TextField
          className="w-28"
          label={t('b2bEvent:participant.cap')}
          type="number"
          min={0}
          value={participant.maxMeetings ?? ''}
          onChange={(e) =>
            editWorkspace((w) => updateParticipant(w, name, { maxMeetings: wholeNumber(e.target.value, 0, 10_000) }))
          }
        />
        <Button variant="neutral" onClick={() => editWorkspace((w) => removeParticipant(w, name))}>
          {t('b2bEvent:participant.remove', { name })}
        </Button>
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-brand-800">
          {t('b2bEvent:participant.unavailable', { count: own.length })}
        </summary>
        <TimesEditor
          legend={t('b2bEvent:participant.unavailableLegend', { name })}
          items={own.map((u) => ({ name: '', date: u.date, start: u.start, end: u.end }))}
          dateOptional={false}
          withName={false}
          onChange={setOwn}
          newItem={() => ({ name: '', date: firstDate, start: '09:00', end: '10:00' })}
          addLabel={t('b2bEvent:participant.addUnavailable')}
        />
      </details>
    </li>
  );
}
