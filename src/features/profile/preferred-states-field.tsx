import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { CheckboxGroup } from '@/components/fieldset';
import { useAppStore } from '@/stores/app-store';
import { formatNumber } from '@/domain/format';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { Disclosure } from '@/features/profile/disclosure';
import { toggleItem } from '@/features/profile/profile-model';

export function PreferredStatesField() {
  const { t } = useTranslation('profile');
  const states = useDatasetValue().states;
  const chosen = useAppStore((s) => s.profile.preferredStates);
  const setProfile = useAppStore((s) => s.setProfile);
  return (
    <div className="border-t border-slate-200 pt-2">
      <Disclosure
        label={t('preferredStates.label')}
        summary={
          chosen.length > 0
            ? t('chosen', { count: chosen.length, n: formatNumber(chosen.length, 0) })
            : t('preferredStates.none')
        }
        defaultOpen={false}
      >
        <CheckboxGroup
          legend={t('preferredStates.label')}
          hideLegend
          framed={false}
          columns={2}
          hint={t('preferredStates.hint')}
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
