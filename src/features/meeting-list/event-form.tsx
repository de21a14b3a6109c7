import type { MeetingEvent } from '@/domain/event';
import { isValidIsoDate } from '@/domain/dates';
import { DraftInput } from '@/features/meeting-list/draft-input';
import { LIMITS, meetingLengthOptions, parseWholeNumber, timeZoneOptions } from '@/features/meeting-list/event-model';
import { SlotFields } from '@/features/meeting-list/slot-fields';
import { INPUT, LABEL } from '@/features/meeting-list/styles';

interface EventFormProps {
  event: MeetingEvent;
  onChange: (patch: Partial<MeetingEvent>) => void;
}

export function EventForm({ event, onChange }: EventFormProps) {
  const commitNumber = (key: 'gapMinutes' | 'firstTable', limits: { min: number; max: number }) => (text: string) => {
    const n = parseWholeNumber(text, limits.min, limits.max);
    if (n === null) return false;
    onChange({ [key]: n });
    return true;
  };
  const commitDate = (text: string) => {
    if (!isValidIsoDate(text)) return false;
    onChange({ date: text });
    return true;
  };
  return (
    // Four columns when the panel is wide enough, so the schedule stays in view.
    <div className="@container space-y-2">
      <div className="grid grid-cols-2 gap-2 @2xl:grid-cols-4">
        <label className={`${LABEL} col-span-2`}>
          Event name
          <input
            className={INPUT}
            value={event.name}
            maxLength={LIMITS.name}
            onChange={(e) => onChange({ name: e.target.value })}
          />
        </label>
        <label className={LABEL}>
          Date
          <DraftInput type="date" className={INPUT} value={event.date} commit={commitDate} />
        </label>
        <label className={LABEL}>
          Place
          <input
            className={INPUT}
            value={event.place}
            maxLength={LIMITS.place}
            onChange={(e) => onChange({ place: e.target.value })}
          />
        </label>
        <label className={LABEL}>
          Time zone
          <select className={INPUT} value={event.timeZone} onChange={(e) => onChange({ timeZone: e.target.value })}>
            {timeZoneOptions(event.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Meeting length
          <select
            className={INPUT}
            value={event.meetingMinutes}
            onChange={(e) => onChange({ meetingMinutes: Number(e.target.value) })}
          >
            {meetingLengthOptions(event.meetingMinutes).map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Gap between meetings
          <span className="flex items-center gap-1">
            <DraftInput
              type="number"
              inputMode="numeric"
              min={LIMITS.gap.min}
              max={LIMITS.gap.max}
              className={INPUT.replace('w-full', 'w-20')}
              value={String(event.gapMinutes)}
              commit={commitNumber('gapMinutes', LIMITS.gap)}
            />
            <span className="text-sm text-slate-700">min</span>
          </span>
        </label>
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex items-center gap-1.5 pb-1 text-sm font-medium text-slate-900">
            <input
              type="checkbox"
              className="h-4 w-4 accent-brand-600"
              checked={event.tables}
              onChange={(e) => onChange({ tables: e.target.checked })}
            />
            Table numbers
          </label>
          {event.tables && (
            <label className={`${LABEL} w-20`}>
              First table
              <DraftInput
                type="number"
                inputMode="numeric"
                min={LIMITS.firstTable.min}
                max={LIMITS.firstTable.max}
                className={INPUT}
                value={String(event.firstTable)}
                commit={commitNumber('firstTable', LIMITS.firstTable)}
              />
            </label>
          )}
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
