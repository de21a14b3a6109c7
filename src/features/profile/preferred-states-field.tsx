import { Checkbox } from '@/components/checkbox';
import { CheckboxGroup } from '@/components/fieldset';
import { useAppStore } from '@/stores/app-store';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { Disclosure } from '@/features/profile/disclosure';
import { toggleItem } from '@/features/profile/profile-model';

export function PreferredStatesField() {
  const states = useDatasetValue().states;
  const chosen = useAppStore((s) => s.profile.preferredStates);
  const setProfile = useAppStore((s) => s.setProfile);
  return (
    <div className="border-t border-slate-200 pt-2">
      <Disclosure
        label="Preferred states"
        summary={chosen.length > 0 ? `${chosen.length} chosen` : 'none (all states alike)'}
        defaultOpen={false}
      >
        <CheckboxGroup
          legend="Preferred states"
          hideLegend
          framed={false}
          columns={2}
          hint="Clusters in these states score higher on state strength."
        >
          {states.map((s) => (
            <Checkbox
              key={s.code}
              label={s.name}
              checked={chosen.includes(s.code)}
              onChange={() => setProfile({ preferredStates: toggleItem(chosen, s.code) })}
            />
          ))}
        </CheckboxGroup>
      </Disclosure>
    </div>
  );
}
