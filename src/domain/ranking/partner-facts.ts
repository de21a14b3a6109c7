import type { Dataset, EuCluster } from '@/domain/types';
import { normalizeText } from '@/domain/text';
import { joinList } from '@/domain/prose';
import { countryName } from '@/domain/vocabulary';
import type { PartnerFact } from '@/domain/ranking/types';

/** Partners from the cluster record, the EU–Mexico pairs and the EU clusters' partner lists, deduplicated. */
export function partnersByCluster(dataset: Dataset, euById: Map<string, EuCluster>): Map<string, PartnerFact[]> {
  const result = new Map<string, PartnerFact[]>();
  const seen = new Map<string, Set<string>>();
  const add = (clusterId: string, euClusterId: string | null, name: string, country: string | null) => {
    const eu = euClusterId ? euById.get(euClusterId) : undefined;
    const shown = eu ? (eu.acronym ?? eu.name) : name;
    const place = country ?? eu?.country ?? null;
    const key = euClusterId && eu ? `id:${euClusterId}` : `name:${normalizeText(shown)}`;
    let keys = seen.get(clusterId);
    if (!keys) seen.set(clusterId, (keys = new Set()));
    if (keys.has(key)) return;
    keys.add(key);
    const list = result.get(clusterId) ?? [];
    list.push({
      euClusterId: eu ? eu.id : euClusterId,
      name: shown,
      country: place,
      countryKey: place ? normalizeText(place) : null,
    });
    result.set(clusterId, list);
  };
  for (const c of dataset.clusters) for (const p of c.euPartners) add(c.id, p.euClusterId, p.name, p.country);
  for (const pair of dataset.eu.pairs) add(pair.mexicanClusterId, pair.euClusterId, pair.euClusterId, null);
  for (const eu of dataset.eu.euClusters) for (const mx of eu.mexicanPartners) add(mx, eu.id, eu.name, eu.country);
  return result;
}

/** 'HEGAN (Spain)' / 'HEGAN (España)': worded when shown, so a language switch re-words it. */
export function partnerDisplay(p: PartnerFact): string {
  return p.country ? `${p.name} (${countryName(p.country)})` : p.name;
}

/** 'HEGAN (Spain) and 3 more', in the active language. */
export function partnersText(partners: readonly PartnerFact[]): string {
  return joinList(partners.map(partnerDisplay), 2);
}
