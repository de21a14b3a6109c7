import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { Field, SelectField, TextField, type FieldControl } from '@/components/field';
import type { MeetingEvent } from '@/domain/event';
import { isValidIsoDate } from '@/domain/dates';
import { formatNumber } from '@/domain/format';
import { DraftInput } from '@/features/meeting-list/draft-input';
import {
  LIMITS,
  meetingLengthOptions,
  parseWholeNumber,
  timeZoneName,
  timeZoneOptions,
} from '@/features/meeting-list/event-model';
import { SlotFields } from '@/features/meeting-list/slot-fields';

interface EventFormProps {
  event: MeetingEvent;
  onChange: (patch: Partial<MeetingEvent>) => void;
}

export function EventForm({ event, onChange }: EventFormProps) {
  const { t } = useTranslation('meetings');
  const { t: tf } = useTranslation('files');
  const commitNumber = (key: 'gapMinutes' | 'firstTable', limits: { min: number; max: number }) => (text: string) => {
    const n = parseWholeNumber(text, limits.min, limits.max);
    if (n === null) return false;
    onChange({ [key]: n });
    return true;
  };
  const wholeNumber = (
    control: FieldControl,
    key: 'gapMinutes' | 'firstTable',
    limits: { min: number; max: number },
  ) => (
    <DraftInput
      {...control}
      type="number"
      inputMode="numeric"
      min={limits.min}
      max={limits.max}
      value={String(event[key])}
      commit={commitNumber(key, limits)}
    />
  );
  const commitDate = (text: string) => {
    if (!isValidIsoDate(text)) return false;
    onChange({ date: text });
    return true;
  };
  return (
    // Four columns when the panel is wide enough, so the schedule stays in view.
    <div className="@container space-y-2">
      <div className="grid grid-cols-2 gap-2 @2xl:grid-cols-4">
        <TextField
          label={t('eventForm.name')}
          className="col-span-2"
          value={event.name}
          maxLength={LIMITS.name}
          onChange={(e) => onChange({ name: e.target.value })}
        />
        <Field label={t('eventForm.date')} type="date">
          {(control) => <DraftInput {...control} type="date" value={event.date} commit={commitDate} />}
        </Field>
        <TextField
          label={t('eventForm.place')}
          value={event.place}
          maxLength={LIMITS.place}
          onChange={(e) => onChange({ place: e.target.value })}
        />
        <SelectField
          label={t('eventForm.timeZone')}
          value={event.timeZone}
          onChange={(e) => onChange({ timeZone: e.target.value })}
        >
          {timeZoneOptions(event.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneName(zone)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('eventForm.meetingLength')}
          value={event.meetingMinutes}
          onChange={(e) => onChange({ meetingMinutes: Number(e.target.value) })}
        >
          {meetingLengthOptions(event.meetingMinutes).map((m) => (
            <option key={m} value={m}>
              {t('eventForm.minutes', { count: m, n: formatNumber(m, 0) })}
            </option>
          ))}
        </SelectField>
        <Field label={t('eventForm.gap.label')}>
          {(control) => (
            // The unit sits inside the label, so it is part of the field's name.
            <span className="flex items-center gap-1">
              <span className="w-20">{wholeNumber(control, 'gapMinutes', LIMITS.gap)}</span>
              <span className="text-sm font-normal text-slate-700">{t('eventForm.gap.unit')}</span>
            </span>
          )}
        </Field>
        <div className="flex flex-wrap items-end gap-2">
          <Checkbox
            inline
            label={t('eventForm.tables')}
            className="pb-1 font-medium text-slate-900"
            checked={event.tables}
            onChange={(e) => onChange({ tables: e.target.checked })}
          />
          {event.tables && (
            <Field label={t('eventForm.firstTable')} className="w-20">
              {(control) => wholeNumber(control, 'firstTable', LIMITS.firstTable)}
            </Field>
          )}
          {event.tables && <p className="pb-1.5 text-xs text-slate-600">{tf('eventForm.tablesHint')}</p>}
        </div>
      </div>
      <SlotFields
        kind="session"
        slots={event.sessions}
        sessions={event.sessions}
        onChange={(sessions) => onChange({ sessions })}
      />
      <SlotFields
        kind="break"
        slots={event.breaks}
        sessions={event.sessions}
        onChange={(breaks) => onChange({ breaks })}
      />
    </div>
  );
}
