import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/fieldset';
import { termName } from '@/domain/vocabulary';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { ChoiceCheckboxes } from '@/features/profile/choice-checkboxes';

export function InterestsField() {
  const { t } = useTranslation('profile');
  const interests = useDatasetValue().interests;
  const chosen = useAppStore((s) => s.profile.interests);
  const setProfile = useAppStore((s) => s.setProfile);
  return (
    <CheckboxGroup legend={t('interests.legend')}>
      <ChoiceCheckboxes
        options={interests.map((i) => ({ id: i.id, name: termName(i) }))}
        chosen={chosen}
        onChange={(next) => setProfile({ interests: next })}
      />
    </CheckboxGroup>
  );
}
