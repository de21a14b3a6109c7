import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { SelectField, TextField } from '@/components/field';
import { Fieldset } from '@/components/fieldset';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import {
  LABEL_LEVEL_OPTIONS,
  VALIDITY_OPTIONS,
  activeFilterCount,
  isLabelLevel,
  isValidity,
} from '@/features/profile/profile-model';

// Shown when a restored link holds several values; the panel itself sets at most one.
const SEVERAL = '__several';

export function FiltersField() {
  const states = useDatasetValue().states;
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const active = activeFilterCount(filters);
  const single = (list: readonly string[]) => (list.length > 1 ? SEVERAL : (list[0] ?? ''));

  return (
    <Fieldset legend="Filters" className="space-y-1.5">
      <TextField
        label="Search clusters"
        type="search"
        placeholder="Name, alias or acronym"
        value={filters.query}
        onChange={(e) => setFilters({ query: e.target.value })}
      />
      <SelectField
        label="State"
        value={single(filters.states)}
        onChange={(e) => {
          const state = states.find((s) => s.code === e.target.value);
          if (e.target.value !== SEVERAL) setFilters({ states: state ? [state.code] : [] });
        }}
      >
        <option value="">All states</option>
        {filters.states.length > 1 && <option value={SEVERAL}>{`${filters.states.length} states`}</option>}
        {states.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-2 gap-2">
        <SelectField
          label="Label"
          value={single(filters.labelLevels)}
          onChange={(e) => {
            const level = e.target.value;
            if (level !== SEVERAL) setFilters({ labelLevels: isLabelLevel(level) ? [level] : [] });
          }}
        >
          <option value="">Any label</option>
          {filters.labelLevels.length > 1 && <option value={SEVERAL}>Several levels</option>}
          {LABEL_LEVEL_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Label validity"
          value={filters.labelValidity}
          onChange={(e) => {
            if (isValidity(e.target.value)) setFilters({ labelValidity: e.target.value });
          }}
        >
          {VALIDITY_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Checkbox
        label="ECCP members only"
        checked={filters.eccpOnly}
        onChange={(e) => setFilters({ eccpOnly: e.target.checked })}
      />
      {active > 0 && (
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs text-slate-600">
            {active === 1 ? '1 filter active' : `${active} filters active`}
          </span>
          <Button onClick={clearFilters}>Clear filters</Button>
        </div>
      )}
    </Fieldset>
  );
}
