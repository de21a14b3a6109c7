import { CRITERIA, CRITERION_LABELS, WEIGHT_PRESETS } from '@/domain/profile';
import { CRITERION_BG } from '@/components/criterion-colors';
import { SelectField } from '@/components/field';
import { Fieldset } from '@/components/fieldset';
import { useAppStore } from '@/stores/app-store';
import { weightText } from '@/features/profile/profile-model';
import { RangeRow } from '@/features/profile/range-row';

const CUSTOM = 'custom';

export function WeightsField() {
  const weights = useAppStore((s) => s.weights);
  const presetId = useAppStore((s) => s.presetId);
  const expiredFactor = useAppStore((s) => s.expiredLabelFactor);
  const setWeight = useAppStore((s) => s.setWeight);
  const applyPreset = useAppStore((s) => s.applyPreset);
  const setExpiredLabelFactor = useAppStore((s) => s.setExpiredLabelFactor);
  const preset = WEIGHT_PRESETS.find((p) => p.id === presetId) ?? null;
  const expiredPercent = Math.round(expiredFactor * 100);

  return (
    <Fieldset legend="Weights">
      <SelectField
        label="Weight preset"
        hint={`${preset ? preset.description : 'Your own weights, set with the sliders.'} 0 turns a criterion off.`}
        className="mb-1"
        value={preset ? preset.id : CUSTOM}
        onChange={(e) => {
          if (e.target.value !== CUSTOM) applyPreset(e.target.value);
        }}
      >
        {WEIGHT_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        {!preset && <option value={CUSTOM}>Custom</option>}
      </SelectField>
      {CRITERIA.map((id) => (
        <RangeRow
          key={id}
          label={CRITERION_LABELS[id]}
          swatchClass={CRITERION_BG[id]}
          min={0}
          max={10}
          step={1}
          value={weights[id]}
          shown={weights[id] === 0 ? 'off' : String(weights[id])}
          valueText={weightText(weights[id])}
          onChange={(v) => setWeight(id, v)}
        />
      ))}
      <RangeRow
        label="Expired label counts for"
        min={0}
        max={100}
        step={10}
        value={expiredPercent}
        shown={`${expiredPercent} %`}
        valueText={`${expiredPercent} % of a valid label`}
        onChange={(v) => setExpiredLabelFactor(v / 100)}
      />
    </Fieldset>
  );
}
