import { useId, useState } from 'react';
import { isValidIsoDate } from '@/domain/dates';
import { useAppStore } from '@/stores/app-store';
import { HINT, LABEL, SELECT } from '@/features/profile/field-styles';

export function AsOfField() {
  const asOf = useAppStore((s) => s.profile.asOf);
  const setProfile = useAppStore((s) => s.setProfile);
  // Date inputs report '' while a date is half typed: keep a draft so typing is not undone.
  const [draft, setDraft] = useState(asOf);
  const [shown, setShown] = useState(asOf);
  if (shown !== asOf) {
    setShown(asOf);
    setDraft(asOf);
  }
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="border-t border-slate-200 pt-2">
      <label htmlFor={inputId} className={LABEL}>
        As of
      </label>
      <input
        id={inputId}
        type="date"
        // Chromium's calendar button inside a date input takes focus without the input matching :focus.
        className={`${SELECT} focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-accent-500`}
        value={draft}
        aria-describedby={hintId}
        onChange={(e) => {
          setDraft(e.target.value);
          if (isValidIsoDate(e.target.value)) setProfile({ asOf: e.target.value });
        }}
        onBlur={() => setDraft(asOf)}
      />
      <p id={hintId} className={`${HINT} mt-0.5`}>
        Label validity is judged on this date
      </p>
    </div>
  );
}
