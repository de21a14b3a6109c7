import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { SelectField, TextField } from '@/components/field';
import { Fieldset } from '@/components/fieldset';
import { formatNumber } from '@/domain/format';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import {
  activeFilterCount,
  isLabelLevel,
  isValidity,
  labelLevelOptions,
  validityOptions,
} from '@/features/profile/profile-model';

// Shown when a restored link holds several values; the panel itself sets at most one.
const SEVERAL = '__several';

export function FiltersField() {
  const { t } = useTranslation('profile');
  const states = useDatasetValue().states;
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const active = activeFilterCount(filters);
  const single = (list: readonly string[]) => (list.length > 1 ? SEVERAL : (list[0] ?? ''));

  return (
    <Fieldset legend={t('filters.legend')} className="space-y-1.5">
      <TextField
        label={t('filters.search')}
        type="search"
        placeholder={t('filters.searchPlaceholder')}
        value={filters.query}
        onChange={(e) => setFilters({ query: e.target.value })}
      />
      <SelectField
        label={t('filters.state')}
        value={single(filters.states)}
        onChange={(e) => {
          const state = states.find((s) => s.code === e.target.value);
          if (e.target.value !== SEVERAL) setFilters({ states: state ? [state.code] : [] });
        }}
      >
        <option value="">{t('filters.allStates')}</option>
        {filters.states.length > 1 && (
          <option value={SEVERAL}>
            {t('filters.severalStates', { count: filters.states.length, n: formatNumber(filters.states.length, 0) })}
          </option>
        )}
        {states.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-2 gap-2">
        <SelectField
          label={t('filters.label')}
          value={single(filters.labelLevels)}
          onChange={(e) => {
            const level = e.target.value;
            if (level !== SEVERAL) setFilters({ labelLevels: isLabelLevel(level) ? [level] : [] });
          }}
        >
          <option value="">{t('filters.anyLabel')}</option>
          {filters.labelLevels.length > 1 && <option value={SEVERAL}>{t('filters.severalLevels')}</option>}
          {labelLevelOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('filters.validity')}
          value={filters.labelValidity}
          onChange={(e) => {
            if (isValidity(e.target.value)) setFilters({ labelValidity: e.target.value });
          }}
        >
          {validityOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Checkbox
        label={t('filters.eccpOnly')}
        checked={filters.eccpOnly}
        onChange={(e) => setFilters({ eccpOnly: e.target.checked })}
      />
      {active > 0 && (
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs text-slate-600">
            {t('filters.active', { count: active, n: formatNumber(active, 0) })}
          </span>
          <Button onClick={clearFilters}>{t('filters.clear')}</Button>
        </div>
      )}
    </Fieldset>
  );
}
