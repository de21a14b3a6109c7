import { useId, useMemo } from 'react';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { HINT, LABEL, SELECT } from '@/features/profile/field-styles';
import { euClusterName, euClusterPatch, euCountries, groupEuClusters } from '@/features/profile/profile-model';

export function EuClusterField() {
  const dataset = useDatasetValue();
  const euClusters = dataset.eu.euClusters;
  const euClusterId = useAppStore((s) => s.profile.euClusterId);
  const country = useAppStore((s) => s.profile.country);
  const setProfile = useAppStore((s) => s.setProfile);
  const groups = useMemo(() => groupEuClusters(euClusters), [euClusters]);
  const countries = useMemo(() => euCountries(euClusters, country), [euClusters, country]);
  const sectorIds = useMemo(() => new Set(dataset.sectors.map((s) => s.id)), [dataset.sectors]);
  const weAreId = useId();
  const weAreHintId = useId();
  const countryId = useId();
  const known = euClusters.some((c) => c.id === euClusterId);

  const chooseCluster = (id: string) => {
    const cluster = euClusters.find((c) => c.id === id) ?? null;
    // Read the latest profile at the moment of choosing, not the one from the last render.
    setProfile(euClusterPatch(useAppStore.getState().profile, cluster, sectorIds));
  };

  return (
    <div className="space-y-2 border-t border-slate-200 pt-2">
      <div>
        <label htmlFor={weAreId} className={LABEL}>
          We are…
        </label>
        <select
          id={weAreId}
          className={SELECT}
          value={known && euClusterId ? euClusterId : ''}
          onChange={(e) => chooseCluster(e.target.value)}
          aria-describedby={weAreHintId}
        >
          <option value="">Not in the list</option>
          {groups.map((g) => (
            <optgroup key={g.country} label={g.country}>
              {g.clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {euClusterName(c)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <p id={weAreHintId} className={`${HINT} mt-0.5`}>
          {euClusters.length > 0
            ? 'Fills your country (and sectors, if none chosen); your existing partners rank higher.'
            : 'The dataset lists no EU clusters yet.'}
        </p>
      </div>
      <div>
        <label htmlFor={countryId} className={LABEL}>
          Your country
        </label>
        <select
          id={countryId}
          className={SELECT}
          value={country ?? ''}
          onChange={(e) => setProfile({ country: e.target.value || null })}
        >
          <option value="">Other/none</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
