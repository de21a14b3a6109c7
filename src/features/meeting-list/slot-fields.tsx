import type { EventSession } from '@/domain/event';
import { DraftInput } from '@/features/meeting-list/draft-input';
import { LIMITS, isTime, newSlot, slotName, type SlotKind } from '@/features/meeting-list/event-model';
import { BUTTON, FIELDSET, INPUT, LABEL, LEGEND, SMALL_BUTTON } from '@/features/meeting-list/styles';

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
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{title}</legend>
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
              <label className={LABEL}>
                <span className="sr-only">{`Name of ${kind} ${index + 1}`}</span>
                <input
                  className={INPUT}
                  value={slot.label}
                  maxLength={LIMITS.slotLabel}
                  onChange={(e) => patch(index, { label: e.target.value })}
                />
              </label>
              <label className={LABEL}>
                <span className="sr-only">{`${name} start`}</span>
                <DraftInput type="time" className={INPUT} value={slot.start} commit={commitTime(index, 'start')} />
              </label>
              <label className={LABEL}>
                <span className="sr-only">{`${name} end`}</span>
                <DraftInput type="time" className={INPUT} value={slot.end} commit={commitTime(index, 'end')} />
              </label>
              <button
                type="button"
                className={`${SMALL_BUTTON} mb-1`}
                aria-label={`Remove ${kind} ${name}`}
                onClick={() => onChange(slots.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className={`${BUTTON} mt-1.5`}
        disabled={slots.length >= LIMITS.slots}
        onClick={() => onChange([...slots, newSlot(kind, slots, sessions)])}
      >
        {kind === 'session' ? 'Add session' : 'Add break'}
      </button>
    </fieldset>
  );
}
