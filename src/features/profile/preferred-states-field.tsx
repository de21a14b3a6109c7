import { useAppStore } from '@/stores/app-store';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { CheckItem } from '@/features/profile/check-item';
import { Disclosure } from '@/features/profile/disclosure';
import { HINT } from '@/features/profile/field-styles';
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
        <fieldset>
          <legend className="sr-only">Preferred states</legend>
          <p className={HINT}>Clusters in these states score higher on state strength.</p>
          <div className="grid grid-cols-2 gap-x-2">
            {states.map((s) => (
              <CheckItem
                key={s.code}
                label={s.name}
                checked={chosen.includes(s.code)}
                onToggle={() => setProfile({ preferredStates: toggleItem(chosen, s.code) })}
              />
            ))}
          </div>
        </fieldset>
      </Disclosure>
    </div>
  );
}
