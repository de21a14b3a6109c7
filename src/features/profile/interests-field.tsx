import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/fieldset';
import { termName } from '@/domain/vocabulary';
import { useDatasetIndex, useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { ChoiceCheckboxes } from '@/features/profile/choice-checkboxes';

export function InterestsField() {
  const { t } = useTranslation('profile');
  const interests = useDatasetValue().interests;
  const chosen = useAppStore((s) => s.profile.interests);
  const setProfile = useAppStore((s) => s.setProfile);
  const index = useDatasetIndex();
  // An interest no cluster states is scored for nobody (it leaves the interest share): say so.
  const stated = (id: string) => (index.interestClusters[index.interestIndex.get(id) ?? -1] ?? 0) > 0;
  return (
    <CheckboxGroup legend={t('interests.legend')}>
      <ChoiceCheckboxes
        options={interests.map((i) => ({
          id: i.id,
          name: termName(i),
          detail: stated(i.id) ? undefined : t('relevance:interests.noCluster'),
        }))}
        chosen={chosen}
        onChange={(next) => setProfile({ interests: next })}
      />
    </CheckboxGroup>
  );
}
