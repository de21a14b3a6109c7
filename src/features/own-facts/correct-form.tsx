import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { ownFieldProblems } from '@/data/schemas/own-facts';
import type { OwnField, OwnFieldValues } from '@/domain/own-facts/types';
import type { Dataset } from '@/domain/types';
import { FieldEditor } from '@/features/own-facts/field-editor';
import { groundsOf, vocabularyOf } from '@/features/own-facts/own-facts-model';
import type { OwnGrounds } from '@/stores/own-facts-store';

export interface CorrectFormProps<K extends OwnField> {
  field: K;
  /** What the editor starts from: the user's value, or the sourced one. */
  initial: OwnFieldValues[K];
  dataset: Dataset;
  onSave: (value: OwnFieldValues[K], grounds: OwnGrounds) => void;
  onCancel: () => void;
}

/** Sources' grounds are checked like a website: an http(s) link. */
export function groundsProblems(sourceUrl: string): Map<string, string> {
  const url = groundsOf(sourceUrl, '').sourceUrl;
  const problems = url ? ownFieldProblems('website', url) : new Map<string, string>();
  return new Map([...problems].map(([, m]) => ['sourceUrl', m]));
}

/** Corrects one field: its editor, an optional source link and note; nothing is saved while a value is wrong. */
export function CorrectForm<K extends OwnField>({ field, initial, dataset, onSave, onCancel }: CorrectFormProps<K>) {
  const { t } = useTranslation('ownFacts');
  const [value, setValue] = useState(initial);
  const grounds = useGrounds();
  const { sourceUrl, note } = grounds;
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const save = () => {
    const problems = new Map([...ownFieldProblems(field, value, vocabularyOf(dataset)), ...groundsProblems(sourceUrl)]);
    setErrors(problems);
    if (problems.size === 0) onSave(value, groundsOf(sourceUrl, note));
  };
  return (
    <form
      className="mt-1 space-y-2 rounded border border-brand-600 bg-brand-50 p-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <FieldEditor field={field} value={value} onChange={setValue} errors={errors} dataset={dataset} />
      <GroundsFields {...grounds} error={errors.get('sourceUrl')} saveLabel={t('form.save')} onCancel={onCancel} />
    </form>
  );
}

/** A form's source link and note, as typed. */
export function useGrounds() {
  const [sourceUrl, setSourceUrl] = useState('');
  const [note, setNote] = useState('');
  return { sourceUrl, setSourceUrl, note, setNote };
}

interface GroundsProps {
  sourceUrl: string;
  setSourceUrl: (v: string) => void;
  note: string;
  setNote: (v: string) => void;
  error: string | undefined;
  /** Without a save label the buttons are left to the caller (a dialog's fixed footer: FormButtons). */
  saveLabel?: string;
  onCancel: () => void;
}

/** The user's grounds for what they enter (an optional link and note) and the form's Save / Cancel. */
export function GroundsFields({ sourceUrl, setSourceUrl, note, setNote, error, saveLabel, onCancel }: GroundsProps) {
  const { t } = useTranslation('ownFacts');
  return (
    <>
      <TextField
        label={t('form.sourceUrl')}
        hint={t('form.sourceUrlHint')}
        type="url"
        value={sourceUrl}
        error={error}
        onChange={(e) => setSourceUrl(e.target.value)}
      />
      <TextField label={t('form.note')} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      {saveLabel && <FormButtons saveLabel={saveLabel} onCancel={onCancel} />}
    </>
  );
}

/** Save (submits `form`, or the form it sits in) and Cancel. */
export function FormButtons({ saveLabel, onCancel, form }: { saveLabel: string; onCancel: () => void; form?: string }) {
  const { t } = useTranslation('ownFacts');
  return (
    <div className="flex gap-2">
      <Button type="submit" variant="primary" form={form}>
        {saveLabel}
      </Button>
      <Button variant="neutral" onClick={onCancel}>
        {t('form.cancel')}
      </Button>
    </div>
  );
}
