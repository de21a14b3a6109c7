import type { Filters, Profile } from '@/domain/profile';
import type { Cluster, EuCluster, LabelLevel, Sector } from '@/domain/types';

export interface SectorOption {
  id: string;
  name: string;
  /** Mexican clusters in the dataset that work in this sector. */
  count: number;
}

export const TOP_SECTORS = 8;
// Ties at the cut-off are kept together (hiding one of two equal sectors would look arbitrary),
// but only up to this many, so the visible list stays short.
export const MAX_VISIBLE_SECTORS = 10;

/** Sectors by cluster count (most first, then name); the rest go behind "More sectors". */
export function splitSectors(
  sectors: readonly Sector[],
  clusters: readonly Pick<Cluster, 'sectors'>[],
): { top: SectorOption[]; more: SectorOption[] } {
  const counts = new Map<string, number>();
  for (const cluster of clusters) {
    for (const id of new Set(cluster.sectors.map((s) => s.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const options = sectors
    .map((s) => ({ id: s.id, name: s.name, count: counts.get(s.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
  let cut = Math.min(TOP_SECTORS, options.length);
  const cutCount = options[cut - 1]?.count;
  while (cut < Math.min(MAX_VISIBLE_SECTORS, options.length) && options[cut]?.count === cutCount) cut++;
  return { top: options.slice(0, cut), more: options.slice(cut) };
}

/** Adds the id at the end (keeping the order of checking) or removes it. */
export function toggleItem<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const COUNTRY_NOT_STATED = 'Country not stated in the sources';

export interface EuClusterGroup {
  country: string;
  clusters: EuCluster[];
}

/** EU clusters grouped by country (alphabetical); clusters without a country come last. */
export function groupEuClusters(euClusters: readonly EuCluster[]): EuClusterGroup[] {
  const byCountry = new Map<string, EuCluster[]>();
  for (const c of euClusters) {
    const key = c.country ?? COUNTRY_NOT_STATED;
    byCountry.set(key, [...(byCountry.get(key) ?? []), c]);
  }
  return [...byCountry.entries()]
    .map(([country, clusters]) => ({
      country,
      clusters: [...clusters].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }))
    .sort((a, b) => {
      if (a.country === COUNTRY_NOT_STATED) return 1;
      if (b.country === COUNTRY_NOT_STATED) return -1;
      return a.country.localeCompare(b.country, 'en');
    });
}

/** Countries of the EU clusters, plus the current one so a restored profile still shows it. */
export function euCountries(euClusters: readonly EuCluster[], current: string | null): string[] {
  const set = new Set<string>();
  for (const c of euClusters) if (c.country) set.add(c.country);
  if (current) set.add(current);
  return [...set].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The EU cluster display name: "Name (ACRONYM)" when an acronym adds something. */
export function euClusterName(c: EuCluster): string {
  return c.acronym && !c.name.includes(c.acronym) ? `${c.name} (${c.acronym})` : c.name;
}

/**
 * Choosing "We are…": your cluster, its country (kept when the sources do not state one) and,
 * only while no sector is chosen, its sectors — a choice the user made is never overwritten.
 */
export function euClusterPatch(
  profile: Profile,
  euCluster: EuCluster | null,
  knownSectorIds: ReadonlySet<string>,
): Partial<Profile> {
  if (!euCluster) return { euClusterId: null };
  const patch: Partial<Profile> = { euClusterId: euCluster.id, country: euCluster.country ?? profile.country };
  if (profile.sectors.length === 0) {
    const sectors = [...new Set(euCluster.sectors)].filter((id) => knownSectorIds.has(id));
    if (sectors.length > 0) patch.sectors = sectors;
  }
  return patch;
}

export function activeFilterCount(filters: Filters): number {
  return (
    (filters.query.trim() ? 1 : 0) +
    (filters.states.length > 0 ? 1 : 0) +
    (filters.labelLevels.length > 0 ? 1 : 0) +
    (filters.labelValidity !== 'any' ? 1 : 0) +
    (filters.eccpOnly ? 1 : 0) +
    (filters.sectors.length > 0 ? 1 : 0)
  );
}

export const LABEL_LEVEL_OPTIONS: { value: LabelLevel; name: string }[] = [
  { value: 'gold', name: 'Gold' },
  { value: 'silver', name: 'Silver' },
  { value: 'bronze', name: 'Bronze' },
];

export const VALIDITY_OPTIONS: { value: Filters['labelValidity']; name: string }[] = [
  { value: 'any', name: 'Any' },
  { value: 'valid', name: 'Valid on the as-of date' },
  { value: 'expired', name: 'Expired' },
  { value: 'none', name: 'No label' },
];

export function isValidity(value: string): value is Filters['labelValidity'] {
  return VALIDITY_OPTIONS.some((o) => o.value === value);
}

export function isLabelLevel(value: string): value is LabelLevel {
  return LABEL_LEVEL_OPTIONS.some((o) => o.value === value);
}

/** Slider value as words: 0 removes the criterion from the score. */
export function weightText(value: number): string {
  return value === 0 ? 'off' : `${value} of 10`;
}
