import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { CheckboxGroup } from '@/components/fieldset';
import { SelectField, TextField } from '@/components/field';
import { ownFieldLabel } from '@/domain/own-facts/own-provenance';
import type { OwnField, OwnFieldValues } from '@/domain/own-facts/types';
import type { Dataset, StateCode } from '@/domain/types';
import { termName } from '@/domain/vocabulary';
import { ContactsEditor, LabelsEditor, PartnersEditor } from '@/features/own-facts/list-editors';
import { blankToNull } from '@/features/own-facts/own-facts-model';

export interface EditorProps<K extends OwnField> {
  field: K;
  value: OwnFieldValues[K];
  onChange: (value: OwnFieldValues[K]) => void;
  /** Field-level messages by path ('website', 'contacts[0].email'). */
  errors: ReadonlyMap<string, string>;
  dataset: Dataset;
}

const toggle = (ids: string[], id: string, on: boolean) => (on ? [...ids, id] : ids.filter((x) => x !== id));

/** The editor of one field the user can add or correct, with its messages where the values are. */
export function FieldEditor<K extends OwnField>(props: EditorProps<K>) {
  const { t } = useTranslation('ownFacts');
  const { field, errors, dataset } = props;
  const label = ownFieldLabel(field);
  const error = errors.get(field);
  // One editor per field type; the casts narrow the generic value to the field's own type.
  const set = props.onChange as (v: unknown) => void;
  const value = props.value as unknown;
  switch (field) {
    case 'name':
      return <TextField label={label} value={value as string} error={error} onChange={(e) => set(e.target.value)} />;
    case 'city':
    case 'website':
      return (
        <TextField
          label={label}
          value={(value as string | null) ?? ''}
          error={error}
          type={field === 'website' ? 'url' : 'text'}
          hint={field === 'website' ? t('form.websiteHint') : undefined}
          onChange={(e) => set(blankToNull(e.target.value))}
        />
      );
    case 'state':
      return (
        <SelectField
          label={label}
          value={(value as StateCode | null) ?? ''}
          error={error}
          onChange={(e) => set(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('form.noState')}</option>
          {dataset.states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </SelectField>
      );
    case 'sectors':
    case 'focusAreas': {
      const terms = field === 'sectors' ? dataset.sectors : dataset.interests;
      const ids = value as string[];
      return (
        <CheckboxGroup legend={label} columns={2}>
          {terms.map((term) => (
            <Checkbox
              key={term.id}
              label={termName(term)}
              checked={ids.includes(term.id)}
              onChange={(e) => set(toggle(ids, term.id, e.target.checked))}
            />
          ))}
          {[...errors]
            .filter(([p]) => p.startsWith(field))
            .map(([p, m]) => (
              <p key={p} role="alert" className="text-sm text-red-800">
                {m}
              </p>
            ))}
        </CheckboxGroup>
      );
    }
    case 'eccpMember':
      return <Checkbox label={label} checked={value as boolean} onChange={(e) => set(e.target.checked)} />;
    case 'contacts':
      return <ContactsEditor value={value as OwnFieldValues['contacts']} onChange={set} errors={errors} />;
    case 'labels':
      return <LabelsEditor value={value as OwnFieldValues['labels']} onChange={set} errors={errors} />;
    case 'euPartners':
      return <PartnersEditor value={value as OwnFieldValues['euPartners']} onChange={set} errors={errors} />;
  }
  return null;
}
