import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Field, TextField } from '@/components/field';
import { Fieldset } from '@/components/fieldset';
import type { EventSession } from '@/domain/event';
import { formatNumber } from '@/domain/format';
import { DraftInput } from '@/features/meeting-list/draft-input';
import { LIMITS, isTime, newSlot, slotName, type SlotKind } from '@/features/meeting-list/event-model';

interface SlotFieldsProps {
  kind: SlotKind;
  slots: readonly EventSession[];
  /** Used to place a new break inside the first session. */
  sessions: readonly EventSession[];
  onChange: (slots: EventSession[]) => void;
}

const ROW = 'grid grid-cols-[minmax(0,1fr)_minmax(0,7.5rem)_minmax(0,7.5rem)_4.5rem] items-end gap-1.5';

/** Sessions or breaks: a name, a start and an end each. */
export function SlotFields({ kind, slots, sessions, onChange }: SlotFieldsProps) {
  const { t } = useTranslation('meetings');
  // Spelled out per kind so the message extractor sees every key.
  const text =
    kind === 'session'
      ? {
          legend: t('slots.session.legend'),
          empty: t('slots.session.empty'),
          add: t('slots.session.add'),
          name: (n: string) => t('slots.session.name', { n }),
          remove: (name: string) => t('slots.session.remove', { name }),
        }
      : {
          legend: t('slots.break.legend'),
          empty: t('slots.break.empty'),
          add: t('slots.break.add'),
          name: (n: string) => t('slots.break.name', { n }),
          remove: (name: string) => t('slots.break.remove', { name }),
        };
  const timeLabel = {
    start: (name: string) => t('slots.start', { name }),
    end: (name: string) => t('slots.end', { name }),
  };
  const patch = (index: number, change: Partial<EventSession>) =>
    onChange(slots.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const commitTime = (index: number, key: 'start' | 'end') => (text: string) => {
    if (!isTime(text)) return false;
    patch(index, { [key]: text });
    return true;
  };
  return (
    <Fieldset legend={text.legend}>
      {slots.length === 0 && <p className="text-xs text-slate-700">{text.empty}</p>}
      {slots.length > 0 && (
        <div aria-hidden="true" className={`${ROW} text-xs text-slate-700`}>
          <span>{t('slots.column.name')}</span>
          <span>{t('slots.column.start')}</span>
          <span>{t('slots.column.end')}</span>
        </div>
      )}
      <ul className="space-y-1">
        {slots.map((slot, index) => {
          const name = slotName(kind, slot, index);
          return (
            <li key={slot.id} className={ROW}>
              <TextField
                label={text.name(formatNumber(index + 1, 0))}
                hideLabel
                value={slot.label}
                maxLength={LIMITS.slotLabel}
                onChange={(e) => patch(index, { label: e.target.value })}
              />
              {(['start', 'end'] as const).map((key) => (
                <Field key={key} label={timeLabel[key](name)} hideLabel type="time">
                  {(control) => (
                    <DraftInput {...control} type="time" value={slot[key]} commit={commitTime(index, key)} />
                  )}
                </Field>
              ))}
              <Button
                variant="neutral"
                size="xs"
                className="mb-1"
                aria-label={text.remove(name)}
                onClick={() => onChange(slots.filter((_, i) => i !== index))}
              >
                {t('slots.remove')}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        className="mt-1.5"
        disabled={slots.length >= LIMITS.slots}
        onClick={() => onChange([...slots, newSlot(kind, slots, sessions)])}
      >
        {text.add}
      </Button>
    </Fieldset>
  );
}
