import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/fieldset';
import { useAppStore } from '@/stores/app-store';
import { formatNumber } from '@/domain/format';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { Disclosure } from '@/features/profile/disclosure';
import { ChoiceCheckboxes } from '@/features/profile/choice-checkboxes';

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
          <ChoiceCheckboxes
            options={states.map((s) => ({ id: s.code, name: s.name }))}
            chosen={chosen}
            onChange={(next) => setProfile({ preferredStates: next })}
          />
        </CheckboxGroup>
      </Disclosure>
    </div>
  );
}
