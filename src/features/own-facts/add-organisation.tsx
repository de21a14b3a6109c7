import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/field';
import { ownValuesProblems } from '@/data/schemas/own-facts';
import { OWN_FIELDS, emptyOwnValues } from '@/domain/own-facts/fields';
import type { OwnField, OwnFieldValues } from '@/domain/own-facts/types';
import { groundsProblems } from '@/features/own-facts/correct-form';
import { FieldEditor } from '@/features/own-facts/field-editor';
import { groundsOf, vocabularyOf } from '@/features/own-facts/own-facts-model';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { useOwnFactsStore } from '@/stores/own-facts-store';

/** Only what the user filled in is theirs; an untouched box says nothing about the organisation. */
export function filledValues(values: OwnFieldValues): Partial<OwnFieldValues> & { name: string } {
  const out: Partial<OwnFieldValues> = {};
  for (const field of OWN_FIELDS) {
    const v = values[field];
    if (v !== null && v !== false && !(Array.isArray(v) && v.length === 0)) (out as Record<string, unknown>)[field] = v;
  }
  return { ...out, name: values.name };
}

/** Adds an organisation the sources do not have, with every field a user can give; errors are named per field. */
export function AddOrganisationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('ownFacts');
  const dataset = useDatasetValue();
  const titleId = useId();
  const [values, setValues] = useState(emptyOwnValues);
  const [sourceUrl, setSourceUrl] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const set =
    <K extends OwnField>(field: K) =>
    (v: OwnFieldValues[K]) =>
      setValues((s) => ({ ...s, [field]: v }));
  const save = () => {
    const filled = filledValues(values);
    const problems = new Map([...ownValuesProblems(filled, vocabularyOf(dataset)), ...groundsProblems(sourceUrl)]);
    setErrors(problems);
    if (problems.size > 0) return;
    const id = useOwnFactsStore.getState().addOrganisation(filled, groundsOf(sourceUrl, note));
    useAppStore.getState().select(id);
    onClose();
  };
  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="max-h-[90vh] w-full max-w-2xl overflow-y-auto rounded-lg">
      <form
        noValidate
        className="space-y-3 p-4"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h2 id={titleId} className="text-lg font-bold">
          {t('add.title')}
        </h2>
        <p className="text-sm">{t('add.intro')}</p>
        {errors.size > 0 && (
          <div role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">
            {t('add.problems', { count: errors.size })}
          </div>
        )}
        {OWN_FIELDS.map((field) => (
          <FieldEditor
            key={field}
            field={field}
            value={values[field]}
            onChange={set(field)}
            errors={errors}
            dataset={dataset}
          />
        ))}
        <TextField
          label={t('form.sourceUrl')}
          hint={t('form.sourceUrlHint')}
          type="url"
          value={sourceUrl}
          error={errors.get('sourceUrl')}
          onChange={(e) => setSourceUrl(e.target.value)}
        />
        <TextField label={t('form.note')} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            {t('add.save')}
          </Button>
          <Button variant="neutral" onClick={onClose}>
            {t('form.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
