import { countryName } from '@/domain/vocabulary';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/field';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { euClusterName, euClusterPatch, euCountries, groupEuClusters } from '@/features/profile/profile-model';

export function EuClusterField() {
  const { t } = useTranslation('profile');
  const dataset = useDatasetValue();
  const euClusters = dataset.eu.euClusters;
  const euClusterId = useAppStore((s) => s.profile.euClusterId);
  const country = useAppStore((s) => s.profile.country);
  const setProfile = useAppStore((s) => s.setProfile);
  const groups = useMemo(() => groupEuClusters(euClusters), [euClusters]);
  const countries = useMemo(() => euCountries(euClusters, country), [euClusters, country]);
  const sectorIds = useMemo(() => new Set(dataset.sectors.map((s) => s.id)), [dataset.sectors]);
  const known = euClusters.some((c) => c.id === euClusterId);

  const chooseCluster = (id: string) => {
    const cluster = euClusters.find((c) => c.id === id) ?? null;
    // Read the latest profile at the moment of choosing, not the one from the last render.
    setProfile(euClusterPatch(useAppStore.getState().profile, cluster, sectorIds));
  };

  return (
    <div className="space-y-2 border-t border-slate-200 pt-2">
      <SelectField
        label={t('weAre.label')}
        hint={euClusters.length > 0 ? t('weAre.hint') : t('weAre.none')}
        value={known && euClusterId ? euClusterId : ''}
        onChange={(e) => chooseCluster(e.target.value)}
      >
        <option value="">{t('weAre.notInList')}</option>
        {groups.map((g) => (
          <optgroup key={g.country} label={countryName(g.country)}>
            {g.clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {euClusterName(c)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        label={t('country.label')}
        value={country ?? ''}
        onChange={(e) => setProfile({ country: e.target.value || null })}
      >
        <option value="">{t('country.other')}</option>
        {countries.map((c) => (
          <option key={c} value={c}>
            {countryName(c)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
