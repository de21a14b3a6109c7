import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/field';
import { OUTCOME_STATUSES, type EntryOutcome, type OutcomeStatus } from '@/domain/event';
import { outcomeName } from '@/domain/outcomes';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';

const MAX_NOTE = SAVED_STATE_LIMITS.shortlist.note;
const isStatus = (value: string): value is OutcomeStatus => (OUTCOME_STATUSES as readonly string[]).includes(value);

export interface OutcomeControlProps {
  /** The partner's name, for the controls' accessible names. */
  partner: string;
  outcome: EntryOutcome | null;
  /** Null clears the mark (and its note). */
  onChange: (outcome: Omit<EntryOutcome, 'at'> | null) => void;
}

/** A meeting's outcome: a labelled select (native, so keyboard and screen readers work as usual) and, once marked, its note. */
export function OutcomeControl({ partner, outcome, onChange }: OutcomeControlProps) {
  const { t } = useTranslation('contacts');
  return (
    <div className="flex min-w-40 flex-col gap-1">
      <SelectField
        label={t('contacts:outcome.label', { name: partner })}
        hideLabel
        value={outcome?.status ?? ''}
        onChange={(e) => {
          const value = e.target.value;
          onChange(isStatus(value) ? { status: value, note: outcome?.note ?? '' } : null);
        }}
      >
        <option value="">{t('contacts:outcome.none')}</option>
        {OUTCOME_STATUSES.map((status) => (
          <option key={status} value={status}>
            {outcomeName(status)}
          </option>
        ))}
      </SelectField>
      {outcome && (
        <TextField
          label={t('contacts:outcome.noteLabel', { name: partner })}
          hideLabel
          placeholder={t('contacts:outcome.notePlaceholder')}
          maxLength={MAX_NOTE}
          value={outcome.note}
          onChange={(e) => onChange({ status: outcome.status, note: e.target.value })}
        />
      )}
    </div>
  );
}
