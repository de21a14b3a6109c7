import { useId } from 'react';
import { CRITERIA, CRITERION_LABELS, WEIGHT_PRESETS } from '@/domain/profile';
import { CRITERION_BG } from '@/components/criterion-colors';
import { useAppStore } from '@/stores/app-store';
import { FIELDSET, HINT, LABEL, LEGEND, SELECT } from '@/features/profile/field-styles';
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
  const presetSelectId = useId();
  const presetHintId = useId();
  const preset = WEIGHT_PRESETS.find((p) => p.id === presetId) ?? null;
  const expiredPercent = Math.round(expiredFactor * 100);

  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>Weights</legend>
      <label htmlFor={presetSelectId} className={LABEL}>
        Weight preset
      </label>
      <select
        id={presetSelectId}
        className={SELECT}
        value={preset ? preset.id : CUSTOM}
        aria-describedby={presetHintId}
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
      </select>
      <p id={presetHintId} className={`${HINT} mt-0.5 mb-1`}>
        {preset ? preset.description : 'Your own weights, set with the sliders.'} 0 turns a criterion off.
      </p>
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
    </fieldset>
  );
}
