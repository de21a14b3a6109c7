import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';

/** A named span of time on a date: a session (date required) or a break (date optional: every day). */
export interface TimeSpan {
  name: string;
  date: string | null;
  start: string;
  end: string;
}

interface TimesEditorProps<T extends TimeSpan> {
  legend: string;
  items: readonly T[];
  /** Breaks may leave the date empty: then the break is on every day. */
  dateOptional: boolean;
  onChange: (items: T[]) => void;
  newItem: () => T;
  addLabel: string;
  /** False for unavailable times, which have no name. */
  withName?: boolean;
}

/** Rows of name, date, start and end, with add and remove: the event's sessions and its breaks. */
export function TimesEditor<T extends TimeSpan>(props: TimesEditorProps<T>) {
  const { t } = useTranslation('b2bEvent');
  const { items, onChange, withName = true } = props;
  const patch = (i: number, change: Partial<TimeSpan>) =>
    onChange(items.map((item, j) => (j === i ? ({ ...item, ...change } as T) : item)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-base font-bold">{props.legend}</legend>
      {items.map((item, i) => (
        <div
          key={i}
          className={`grid ${withName ? 'grid-cols-[minmax(8rem,2fr)_minmax(9rem,1fr)_6.5rem_6.5rem_auto]' : 'grid-cols-[minmax(9rem,1fr)_6.5rem_6.5rem_auto]'} items-end gap-2`}
        >
          {withName && (
            <TextField
              label={t('b2bEvent:times.name')}
              value={item.name}
              onChange={(e) => patch(i, { name: e.target.value })}
            />
          )}
          <TextField
            label={props.dateOptional ? t('b2bEvent:times.dateOptional') : t('b2bEvent:times.date')}
            type="date"
            value={item.date ?? ''}
            required={!props.dateOptional}
            onChange={(e) => {
              const date = e.target.value || null;
              if (date || props.dateOptional) patch(i, { date });
            }}
          />
          <TextField
            label={t('b2bEvent:times.start')}
            type="time"
            value={item.start}
            onChange={(e) => e.target.value && patch(i, { start: e.target.value })}
          />
          <TextField
            label={t('b2bEvent:times.end')}
            type="time"
            value={item.end}
            onChange={(e) => e.target.value && patch(i, { end: e.target.value })}
          />
          <Button variant="neutral" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {withName ? t('b2bEvent:times.remove', { name: item.name }) : t('b2bEvent:times.removeTime')}
          </Button>
        </div>
      ))}
      <div>
        <Button onClick={() => onChange([...items, props.newItem()])}>{props.addLabel}</Button>
      </div>
    </fieldset>
  );
}
