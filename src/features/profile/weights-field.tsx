import { useTranslation } from 'react-i18next';
import { CRITERIA, WEIGHT_PRESETS, criterionLabel, presetDescription, presetName } from '@/domain/profile';
import { CRITERION_BG } from '@/components/criterion-colors';
import { SelectField } from '@/components/field';
import { Fieldset } from '@/components/fieldset';
import { formatNumber } from '@/domain/format';
import { useStorePick } from '@/stores/selectors';
import { weightText } from '@/features/profile/profile-model';
import { RangeRow } from '@/features/profile/range-row';

const CUSTOM = 'custom';

export function WeightsField() {
  const { t } = useTranslation('profile');
  const { weights, presetId, expiredLabelFactor, setWeight, applyPreset, setExpiredLabelFactor } = useStorePick(
    'weights',
    'presetId',
    'expiredLabelFactor',
    'setWeight',
    'applyPreset',
    'setExpiredLabelFactor',
  );
  const preset = WEIGHT_PRESETS.find((p) => p.id === presetId) ?? null;
  const expiredPercent = Math.round(expiredLabelFactor * 100);
  const percent = formatNumber(expiredPercent, 0);

  return (
    <Fieldset legend={t('weights.legend')}>
      <SelectField
        label={t('weights.preset')}
        hint={t('weights.hint', {
          description: preset ? presetDescription(preset.id) : t('weights.customDescription'),
        })}
        className="mb-1"
        value={preset ? preset.id : CUSTOM}
        onChange={(e) => {
          if (e.target.value !== CUSTOM) applyPreset(e.target.value);
        }}
      >
        {WEIGHT_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {presetName(p.id)}
          </option>
        ))}
        {!preset && <option value={CUSTOM}>{t('weights.custom')}</option>}
      </SelectField>
      {CRITERIA.map((id) => (
        <RangeRow
          key={id}
          label={criterionLabel(id)}
          swatchClass={CRITERION_BG[id]}
          min={0}
          max={10}
          step={1}
          value={weights[id]}
          shown={weights[id] === 0 ? t('weights.off') : formatNumber(weights[id], 0)}
          valueText={weightText(weights[id])}
          onChange={(v) => setWeight(id, v)}
        />
      ))}
      <RangeRow
        label={t('weights.expired')}
        min={0}
        max={100}
        step={10}
        value={expiredPercent}
        shown={`${percent} %`}
        valueText={t('weights.expiredValue', { percent })}
        onChange={(v) => setExpiredLabelFactor(v / 100)}
      />
    </Fieldset>
  );
}
