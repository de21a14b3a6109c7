import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/dialog';
import { ownValuesProblems } from '@/data/schemas/own-facts';
import { OWN_FIELDS, emptyOwnValues } from '@/domain/own-facts/fields';
import type { OwnField, OwnFieldValues } from '@/domain/own-facts/types';
import { FormButtons, GroundsFields, groundsProblems, useGrounds } from '@/features/own-facts/correct-form';
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

/**
 * Adds an organisation the sources do not have, with every field a user can give; errors are named per
 * field. Title and buttons stay in view while the form scrolls.
 */
export function AddOrganisationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('ownFacts');
  const dataset = useDatasetValue();
  const titleId = useId();
  const formId = useId();
  const [values, setValues] = useState(emptyOwnValues);
  const grounds = useGrounds();
  const { sourceUrl, note } = grounds;
  // Checked from the first Save on, then as the user fixes each value.
  const [tried, setTried] = useState(false);
  const set =
    <K extends OwnField>(field: K) =>
    (v: OwnFieldValues[K]) =>
      setValues((s) => ({ ...s, [field]: v }));
  const filled = filledValues(values);
  const problems = () => new Map([...ownValuesProblems(filled, vocabularyOf(dataset)), ...groundsProblems(sourceUrl)]);
  const errors: ReadonlyMap<string, string> = tried ? problems() : new Map();
  const save = () => {
    setTried(true);
    if (problems().size > 0) return;
    const id = useOwnFactsStore.getState().addOrganisation(filled, groundsOf(sourceUrl, note));
    useAppStore.getState().select(id);
    onClose();
  };
  return (
    <Dialog
      labelledBy={titleId}
      onClose={onClose}
      className="m-auto w-[min(42rem,calc(100vw-2rem))] rounded-lg bg-white text-slate-900 shadow-xl"
      header={
        <h2 id={titleId} className="text-lg font-bold">
          {t('add.title')}
        </h2>
      }
      footer={
        // Beside the buttons, so the count of problems shows whatever the form is scrolled to.
        <div className="space-y-2">
          {errors.size > 0 && (
            <div role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">
              {t('add.problems', { count: errors.size })}
            </div>
          )}
          <FormButtons saveLabel={t('add.save')} onCancel={onClose} form={formId} />
        </div>
      }
    >
      <form
        id={formId}
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <p className="text-sm">{t('add.intro')}</p>
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
        <GroundsFields {...grounds} error={errors.get('sourceUrl')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
