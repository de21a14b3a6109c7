import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/field';
import type { B2bEvent } from '@/domain/b2b/types';
import { tableNames } from '@/domain/b2b/workspace-edit';
import { wholeNumber } from '@/features/b2b-event/number-input';
import { TimesEditor } from '@/features/b2b-event/times-editor';
import { useB2bActions, useB2bWorkspace } from '@/stores/b2b-selectors';

interface WholeFieldProps {
  label: string;
  range: [number, number];
  value: number;
  onValue: (n: number) => void;
}

/** A number field that hands on whole numbers in range only (a half-typed value is left alone). */
function WholeField({ label, range: [min, max], value, onValue }: WholeFieldProps) {
  return (
    <TextField
      label={label}
      type="number"
      min={min}
      max={max}
      value={value}
      onChange={(e) => {
        const n = wholeNumber(e.target.value, min, max);
        if (n !== null) onValue(n);
      }}
    />
  );
}

/** The event: sessions, breaks, meeting length, gap, tables, time zone and the default cap. */
export function EventEditor() {
  const { t } = useTranslation('b2bEvent');
  const { event } = useB2bWorkspace();
  const { editWorkspace } = useB2bActions();
  const edit = (patch: Partial<B2bEvent>) => editWorkspace((w) => ({ ...w, event: { ...w.event, ...patch } }));
  const firstDate = event.sessions[0]?.date ?? '2026-10-20';
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-2">
        <TextField
          label={t('b2bEvent:event.timeZone')}
          value={event.timeZone}
          onChange={(e) => edit({ timeZone: e.target.value })}
        />
        <WholeField
          label={t('b2bEvent:event.meetingMinutes')}
          range={[5, 600]}
          value={event.meetingMinutes}
          onValue={(meetingMinutes) => edit({ meetingMinutes })}
        />
        <WholeField
          label={t('b2bEvent:event.gapMinutes')}
          range={[0, 600]}
          value={event.gapMinutes}
          onValue={(gapMinutes) => edit({ gapMinutes })}
        />
        <WholeField
          label={t('b2bEvent:event.tables')}
          range={[1, 500]}
          value={event.tableNames.length}
          onValue={(n) => edit({ tableNames: tableNames(n, event.tableNames) })}
        />
        <TextField
          label={t('b2bEvent:event.defaultCap')}
          hint={t('b2bEvent:event.capHint')}
          type="number"
          min={1}
          value={event.defaultMaxMeetings ?? ''}
          onChange={(e) => edit({ defaultMaxMeetings: wholeNumber(e.target.value, 1, 10_000) })}
        />
      </div>
      <TextField
        label={t('b2bEvent:event.tableNames')}
        hint={t('b2bEvent:event.tableNamesHint')}
        value={event.tableNames.join(', ')}
        onChange={(e) => {
          const names = e.target.value.split(',').map((s) => s.trim());
          edit({ tableNames: names.map((name, i) => name || String(i + 1)) });
        }}
      />
      <TimesEditor
        legend={t('b2bEvent:event.sessions')}
        items={event.sessions}
        dateOptional={false}
        onChange={(sessions) => edit({ sessions: sessions.map((s) => ({ ...s, date: s.date ?? firstDate })) })}
        newItem={() => ({ name: t('b2bEvent:event.newSession'), date: firstDate, start: '15:00', end: '18:00' })}
        addLabel={t('b2bEvent:event.addSession')}
      />
      <TimesEditor
        legend={t('b2bEvent:event.breaks')}
        items={event.breaks}
        dateOptional
        onChange={(breaks) => edit({ breaks })}
        newItem={() => ({ name: t('b2bEvent:event.newBreak'), date: null, start: '11:00', end: '11:30' })}
        addLabel={t('b2bEvent:event.addBreak')}
      />
    </div>
  );
}
