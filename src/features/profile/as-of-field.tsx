import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/field';
import { isValidIsoDate } from '@/domain/dates';
import { useAppStore } from '@/stores/app-store';

export function AsOfField() {
  const { t } = useTranslation('profile');
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
      label={t('asOf.label')}
      hint={t('asOf.hint')}
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
