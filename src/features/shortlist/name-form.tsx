import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { MAX_LIST_NAME, listNameProblem } from '@/features/shortlist/shortlist-model';

interface NameFormProps {
  label: string;
  submitLabel: string;
  initial: string;
  otherNames: readonly string[];
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** Inline name entry (no window.prompt): Enter saves, Esc cancels. */
export function NameForm({ label, submitLabel, initial, otherNames, onSubmit, onCancel }: NameFormProps) {
  const { t } = useTranslation('shortlist');
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = listNameProblem(name, otherNames);
    setProblem(found);
    if (!found) onSubmit(name.trim());
  };
  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      className="space-y-1 rounded-md border border-slate-300 bg-slate-50 p-2"
    >
      <TextField
        label={label}
        error={problem}
        // Focus moves here because the user just asked to type a name.
        autoFocus
        value={name}
        maxLength={MAX_LIST_NAME}
        onChange={(e) => setName(e.target.value)}
      />
      <div className="flex gap-1.5">
        <Button type="submit">{submitLabel}</Button>
        <Button onClick={onCancel}>{t('nameForm.cancel')}</Button>
      </div>
    </form>
  );
}
