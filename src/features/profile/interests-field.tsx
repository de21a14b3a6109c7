import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { CheckboxGroup } from '@/components/fieldset';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { toggleItem } from '@/features/profile/profile-model';

export function InterestsField() {
  const { t } = useTranslation('profile');
  const interests = useDatasetValue().interests;
  const chosen = useAppStore((s) => s.profile.interests);
  const setProfile = useAppStore((s) => s.setProfile);
  return (
    <CheckboxGroup legend={t('interests.legend')}>
      {interests.map((i) => (
        <Checkbox
          key={i.id}
          label={i.name}
          checked={chosen.includes(i.id)}
          onChange={() => setProfile({ interests: toggleItem(chosen, i.id) })}
        />
      ))}
    </CheckboxGroup>
  );
}
