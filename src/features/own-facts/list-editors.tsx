import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Fieldset } from '@/components/fieldset';
import { SelectField, TextField } from '@/components/field';
import { LABEL_LEVELS, labelLevelName } from '@/domain/labels';
import { ownFieldLabel } from '@/domain/own-facts/own-provenance';
import type { OwnContact, OwnEuPartner, OwnField, OwnLabel } from '@/domain/own-facts/types';
import type { LabelLevel } from '@/domain/types';
import { blankToNull } from '@/features/own-facts/own-facts-model';

interface ListProps<T> {
  value: T[];
  onChange: (value: T[]) => void;
  errors: ReadonlyMap<string, string>;
}

/** A repeatable group: one fieldset per item with Remove, and Add at the end. */
function ListEditor<T>({
  field,
  value,
  onChange,
  blank,
  item,
}: ListProps<T> & { field: OwnField; blank: T; item: (v: T, set: (v: T) => void, i: number) => ReactNode }) {
  const { t } = useTranslation('ownFacts');
  const label = ownFieldLabel(field);
  return (
    <Fieldset legend={label}>
      {value.length === 0 && <p className="text-sm text-slate-600">{t('form.noneYet')}</p>}
      {value.map((v, i) => (
        <fieldset key={i} className="mb-2 grid grid-cols-1 gap-1 rounded border border-slate-200 p-2 sm:grid-cols-2">
          <legend className="px-1 text-xs font-semibold">{t('form.item', { what: label, n: i + 1 })}</legend>
          {item(v, (next) => onChange(value.map((x, j) => (j === i ? next : x))), i)}
          <Button variant="ghost" size="xs" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('form.remove', { what: label, n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button size="xs" onClick={() => onChange([...value, blank])}>
        {t('form.add', { what: label })}
      </Button>
    </Fieldset>
  );
}

const BLANK_CONTACT: OwnContact = { firstName: '', lastName: '', email: null, phone: null, role: null };

export function ContactsEditor(props: ListProps<OwnContact>) {
  const { t } = useTranslation('ownFacts');
  const at = (i: number, k: string) => props.errors.get(`contacts[${i}].${k}`);
  return (
    <ListEditor
      {...props}
      field="contacts"
      blank={BLANK_CONTACT}
      item={(c, set, i) => (
        <>
          <TextField
            label={t('form.firstName')}
            value={c.firstName}
            error={at(i, 'firstName')}
            onChange={(e) => set({ ...c, firstName: e.target.value })}
          />
          <TextField
            label={t('form.lastName')}
            value={c.lastName}
            error={at(i, 'lastName')}
            onChange={(e) => set({ ...c, lastName: e.target.value })}
          />
          <TextField
            label={t('form.email')}
            type="email"
            value={c.email ?? ''}
            error={at(i, 'email')}
            onChange={(e) => set({ ...c, email: blankToNull(e.target.value) })}
          />
          <TextField
            label={t('form.phone')}
            type="tel"
            value={c.phone ?? ''}
            error={at(i, 'phone')}
            onChange={(e) => set({ ...c, phone: blankToNull(e.target.value) })}
          />
          <TextField
            label={t('form.role')}
            value={c.role ?? ''}
            error={at(i, 'role')}
            onChange={(e) => set({ ...c, role: blankToNull(e.target.value) })}
          />
        </>
      )}
    />
  );
}

export function LabelsEditor(props: ListProps<OwnLabel>) {
  const { t } = useTranslation('ownFacts');
  const at = (i: number, k: string) => props.errors.get(`labels[${i}].${k}`);
  return (
    <ListEditor
      {...props}
      field="labels"
      blank={{ level: 'bronze', validFrom: null, validUntil: null }}
      item={(l, set, i) => (
        <>
          <SelectField
            label={t('form.level')}
            value={l.level}
            error={at(i, 'level')}
            onChange={(e) => set({ ...l, level: e.target.value as LabelLevel })}
          >
            {LABEL_LEVELS.map((level) => (
              <option key={level} value={level}>
                {labelLevelName(level)}
              </option>
            ))}
          </SelectField>
          {/* Text, not a date picker: the user types what the certificate says, and a date that does not exist is named. */}
          <TextField
            label={t('form.validFrom')}
            hint={t('form.dateHint')}
            value={l.validFrom ?? ''}
            error={at(i, 'validFrom')}
            onChange={(e) => set({ ...l, validFrom: blankToNull(e.target.value) })}
          />
          <TextField
            label={t('form.validUntil')}
            hint={t('form.dateHint')}
            value={l.validUntil ?? ''}
            error={at(i, 'validUntil')}
            onChange={(e) => set({ ...l, validUntil: blankToNull(e.target.value) })}
          />
        </>
      )}
    />
  );
}

export function PartnersEditor(props: ListProps<OwnEuPartner>) {
  const { t } = useTranslation('ownFacts');
  const at = (i: number, k: string) => props.errors.get(`euPartners[${i}].${k}`);
  return (
    <ListEditor
      {...props}
      field="euPartners"
      blank={{ name: '', country: null }}
      item={(p, set, i) => (
        <>
          <TextField
            label={t('form.partnerName')}
            value={p.name}
            error={at(i, 'name')}
            onChange={(e) => set({ ...p, name: e.target.value })}
          />
          <TextField
            label={t('form.country')}
            hint={t('form.countryHint')}
            value={p.country ?? ''}
            error={at(i, 'country')}
            onChange={(e) => set({ ...p, country: blankToNull(e.target.value.toUpperCase()) })}
          />
        </>
      )}
    />
  );
}
