import { useState, type InputHTMLAttributes } from 'react';

interface DraftInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Saves the text when it is acceptable and returns true; otherwise the text stays as a draft. */
  commit: (text: string) => boolean;
}

/**
 * An input that only saves acceptable values: a half-typed number or time never reaches the saved
 * shortlist (where it would make the list unreadable), and leaving the field restores the saved value.
 */
export function DraftInput({ value, commit, onBlur, ...rest }: DraftInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      {...rest}
      value={draft ?? value}
      aria-invalid={draft !== null || undefined}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(commit(text) ? null : text);
      }}
      onBlur={(e) => {
        setDraft(null);
        onBlur?.(e);
      }}
    />
  );
}
