import { Button } from '@/components/button';
import { Field, TextField } from '@/components/field';
import { Fieldset } from '@/components/fieldset';
import type { EventSession } from '@/domain/event';
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
  const patch = (index: number, change: Partial<EventSession>) =>
    onChange(slots.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const commitTime = (index: number, key: 'start' | 'end') => (text: string) => {
    if (!isTime(text)) return false;
    patch(index, { [key]: text });
    return true;
  };
  const title = kind === 'session' ? 'Sessions' : 'Breaks';
  return (
    <Fieldset legend={title}>
      {slots.length === 0 && (
        <p className="text-xs text-slate-700">{kind === 'session' ? 'No session yet.' : 'No breaks.'}</p>
      )}
      {slots.length > 0 && (
        <div aria-hidden="true" className={`${ROW} text-xs text-slate-700`}>
          <span>Name</span>
          <span>Start</span>
          <span>End</span>
        </div>
      )}
      <ul className="space-y-1">
        {slots.map((slot, index) => {
          const name = slotName(kind, slot, index);
          return (
            <li key={slot.id} className={ROW}>
              <TextField
                label={`Name of ${kind} ${index + 1}`}
                hideLabel
                value={slot.label}
                maxLength={LIMITS.slotLabel}
                onChange={(e) => patch(index, { label: e.target.value })}
              />
              {(['start', 'end'] as const).map((key) => (
                <Field key={key} label={`${name} ${key}`} hideLabel type="time">
                  {(control) => (
                    <DraftInput {...control} type="time" value={slot[key]} commit={commitTime(index, key)} />
                  )}
                </Field>
              ))}
              <Button
                variant="neutral"
                size="xs"
                className="mb-1"
                aria-label={`Remove ${kind} ${name}`}
                onClick={() => onChange(slots.filter((_, i) => i !== index))}
              >
                Remove
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
        {kind === 'session' ? 'Add session' : 'Add break'}
      </Button>
    </Fieldset>
  );
}
