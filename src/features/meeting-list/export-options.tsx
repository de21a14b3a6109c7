import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/field';
import { CSV_DELIMITERS, isCsvDelimiter } from '@/domain/csv-delimiter';
import { formatNumber } from '@/domain/format';
import { REMINDER_MINUTES, useCsvDelimiter, useExportSettings, useReminderMinutes } from '@/stores/export-settings';

/** How the CSV separates cells and whether calendar entries remind; both remembered in this browser. */
export function ExportOptions() {
  const { t } = useTranslation('files');
  const delimiter = useCsvDelimiter();
  const reminder = useReminderMinutes();
  const setDelimiter = useExportSettings((s) => s.setCsvDelimiter);
  const setReminder = useExportSettings((s) => s.setReminderMinutes);
  return (
    <div className="flex flex-wrap gap-3">
      <SelectField
        label={t('options.delimiter')}
        hint={t('options.delimiterHint')}
        className="w-64"
        value={delimiter}
        onChange={(e) => {
          if (isCsvDelimiter(e.target.value)) setDelimiter(e.target.value);
        }}
      >
        {CSV_DELIMITERS.map((d) => (
          <option key={d} value={d}>
            {d === ';' ? t('options.semicolon') : t('options.comma')}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('options.reminder')}
        className="w-56"
        value={String(reminder)}
        onChange={(e) => setReminder(Number(e.target.value))}
      >
        {REMINDER_MINUTES.map((m) => (
          <option key={m} value={m}>
            {m === 0 ? t('options.noReminder') : t('options.minutesBefore', { count: m, n: formatNumber(m, 0) })}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
