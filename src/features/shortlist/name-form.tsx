import { useId, useState, type FormEvent } from 'react';
import { MAX_LIST_NAME, listNameProblem } from '@/features/shortlist/shortlist-model';
import { BUTTON, INPUT } from '@/features/shortlist/styles';

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
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
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
      <label className="block text-sm font-medium text-slate-900">
        {label}
        <input
          // Focus moves here because the user just asked to type a name.
          autoFocus
          className={INPUT}
          value={name}
          maxLength={MAX_LIST_NAME}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      {problem && (
        <p id={errorId} role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}
      <div className="flex gap-1.5">
        <button type="submit" className={BUTTON}>
          {submitLabel}
        </button>
        <button type="button" className={BUTTON} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
