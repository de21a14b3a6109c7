import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { CheckItem } from '@/features/profile/check-item';
import { FIELDSET, LEGEND } from '@/features/profile/field-styles';
import { toggleItem } from '@/features/profile/profile-model';

export function InterestsField() {
  const interests = useDatasetValue().interests;
  const chosen = useAppStore((s) => s.profile.interests);
  const setProfile = useAppStore((s) => s.setProfile);
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>Target interests</legend>
      {interests.map((i) => (
        <CheckItem
          key={i.id}
          label={i.name}
          checked={chosen.includes(i.id)}
          onToggle={() => setProfile({ interests: toggleItem(chosen, i.id) })}
        />
      ))}
    </fieldset>
  );
}
