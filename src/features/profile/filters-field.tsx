import { useId } from 'react';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { CHECKBOX, CHECK_ROW, FIELDSET, HINT, LABEL, LEGEND, SELECT } from '@/features/profile/field-styles';
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
  const ids = { search: useId(), state: useId(), label: useId(), validity: useId() };
  const active = activeFilterCount(filters);
  const single = (list: readonly string[]) => (list.length > 1 ? SEVERAL : (list[0] ?? ''));

  return (
    <fieldset className={`${FIELDSET} space-y-1.5`}>
      <legend className={LEGEND}>Filters</legend>
      <div>
        <label htmlFor={ids.search} className={LABEL}>
          Search clusters
        </label>
        <input
          id={ids.search}
          type="search"
          className={SELECT}
          placeholder="Name, alias or acronym"
          value={filters.query}
          onChange={(e) => setFilters({ query: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor={ids.state} className={LABEL}>
          State
        </label>
        <select
          id={ids.state}
          className={SELECT}
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
        </select>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={ids.label} className={LABEL}>
            Label
          </label>
          <select
            id={ids.label}
            className={SELECT}
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
          </select>
        </div>
        <div>
          <label htmlFor={ids.validity} className={LABEL}>
            Label validity
          </label>
          <select
            id={ids.validity}
            className={SELECT}
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
          </select>
        </div>
      </div>
      <label className={`${CHECK_ROW} cursor-pointer`}>
        <input
          type="checkbox"
          className={CHECKBOX}
          checked={filters.eccpOnly}
          onChange={(e) => setFilters({ eccpOnly: e.target.checked })}
        />
        ECCP members only
      </label>
      {active > 0 && (
        <div className="flex items-center justify-between gap-2">
          <span className={HINT}>{active === 1 ? '1 filter active' : `${active} filters active`}</span>
          <button
            type="button"
            onClick={clearFilters}
            className="rounded-md border border-brand-600 px-2 py-0.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            Clear filters
          </button>
        </div>
      )}
    </fieldset>
  );
}
