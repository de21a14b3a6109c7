import type { Filters, Profile } from '@/domain/profile';
import type { Cluster, EuCluster, LabelLevel, Sector } from '@/domain/types';
import { formatNumber } from '@/domain/format';
import { LABEL_LEVELS, labelLevelName } from '@/domain/labels';
import { tr } from '@/i18n/i18n';

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

/** The group heading of EU clusters whose country the sources do not state. */
export function countryNotStated(): string {
  return tr('profileModel:countryNotStated');
}

export interface EuClusterGroup {
  country: string;
  clusters: EuCluster[];
}

/** EU clusters grouped by country (alphabetical); clusters without a country come last. */
export function groupEuClusters(euClusters: readonly EuCluster[]): EuClusterGroup[] {
  const byCountry = new Map<string | null, EuCluster[]>();
  for (const c of euClusters) byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), c]);
  return [...byCountry.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en')))
    .map(([country, clusters]) => ({
      country: country ?? countryNotStated(),
      clusters: [...clusters].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }));
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

/** The label filter's levels, named in the active language. */
export function labelLevelOptions(): { value: LabelLevel; name: string }[] {
  return LABEL_LEVELS.map((value) => ({ value, name: labelLevelName(value) }));
}

type Validity = Filters['labelValidity'];

// Explicit keys (not `validity.${value}`) so message extraction sees every one.
const VALIDITY_NAMES: Record<Validity, () => string> = {
  any: () => tr('profileModel:validity.any'),
  valid: () => tr('profileModel:validity.valid'),
  expired: () => tr('profileModel:validity.expired'),
  none: () => tr('profileModel:validity.none'),
};
const VALIDITIES = Object.keys(VALIDITY_NAMES) as Validity[];

/** The label-validity filter's choices, named in the active language. */
export function validityOptions(): { value: Validity; name: string }[] {
  return VALIDITIES.map((value) => ({ value, name: VALIDITY_NAMES[value]() }));
}

export function isValidity(value: string): value is Validity {
  return (VALIDITIES as readonly string[]).includes(value);
}

export function isLabelLevel(value: string): value is LabelLevel {
  return (LABEL_LEVELS as readonly string[]).includes(value);
}

/** Slider value as words: 0 removes the criterion from the score. */
export function weightText(value: number): string {
  return value === 0 ? tr('profileModel:weight.off') : tr('profileModel:weight.value', { value: formatNumber(value) });
}
