import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/field';
import type { Side } from '@/domain/b2b/participants';
import { addToWorkspace, newParticipant } from '@/domain/b2b/workspace-edit';
import { wholeNumber } from '@/features/b2b-event/number-input';
import { useB2bActions, useB2bWorkspace } from '@/stores/b2b-selectors';

const EMPTY = { name: '', side: 'eu' as Side, people: '', website: '', contact: '', cap: '' };

/** A participant entered by hand: name, side, people, website or contact, cap. */
export function ParticipantForm() {
  const { t } = useTranslation('b2bEvent');
  const { participants } = useB2bWorkspace();
  const { editWorkspace } = useB2bActions();
  const [form, setForm] = useState(EMPTY);
  const name = form.name.trim();
  const taken = participants.some((p) => p.name === name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name || taken) return;
    const p = {
      ...newParticipant(name, form.side),
      people: form.people
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      website: form.website.trim() || null,
      contact: form.contact.trim() || null,
      maxMeetings: wholeNumber(form.cap, 0, 10_000),
    };
    editWorkspace((w) => addToWorkspace(w, [p], []));
    setForm(EMPTY);
  };
  const field = (key: keyof typeof EMPTY) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });
  return (
    <form onSubmit={submit} className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] items-end gap-2">
      <TextField
        label={t('b2bEvent:participant.name')}
        required
        {...field('name')}
        error={taken ? t('b2bEvent:participant.taken') : undefined}
      />
      <SelectField label={t('b2bEvent:participant.side')} {...field('side')}>
        <option value="eu">{t('b2bEvent:side.eu')}</option>
        <option value="mx">{t('b2bEvent:side.mx')}</option>
      </SelectField>
      <TextField
        label={t('b2bEvent:participant.people')}
        hint={t('b2bEvent:participant.peopleHint')}
        {...field('people')}
      />
      <TextField label={t('b2bEvent:participant.website')} type="url" {...field('website')} />
      <TextField label={t('b2bEvent:participant.contact')} {...field('contact')} />
      <TextField label={t('b2bEvent:participant.cap')} type="number" min={0} {...field('cap')} />
      <div>
        <Button type="submit" variant="primary" size="md" disabled={!name || taken}>
          {t('b2bEvent:participant.add')}
        </Button>
      </div>
    </form>
  );
}
