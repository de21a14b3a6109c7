import { useState } from 'react';
import { TextField } from '@/components/field';
import { isValidIsoDate } from '@/domain/dates';
import { useAppStore } from '@/stores/app-store';

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
  return (
    <TextField
      label="As of"
      hint="Label validity is judged on this date"
      className="border-t border-slate-200 pt-2"
      type="date"
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        if (isValidIsoDate(e.target.value)) setProfile({ asOf: e.target.value });
      }}
      onBlur={() => setDraft(asOf)}
    />
  );
}
