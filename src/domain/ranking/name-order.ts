import type { Cluster } from '@/domain/types';

// Spanish name order, ties by id. One collator for every sort: building one is costly.
const collator = new Intl.Collator('es');

/**
 * nameOrder[i]: the position of cluster i in name order (DatasetIndex.nameOrder). 100,000 names
 * take a few hundred milliseconds of collator calls: the dataset worker computes it for a large
 * dataset, off the page.
 */
export function nameOrderOf(clusters: readonly Cluster[]): Int32Array {
  const order = clusters.map((_, i) => i);
  order.sort((a, b) => {
    const ca = clusters[a] as Cluster;
    const cb = clusters[b] as Cluster;
    return collator.compare(ca.name, cb.name) || (ca.id < cb.id ? -1 : ca.id > cb.id ? 1 : 0);
  });
  const nameOrder = new Int32Array(clusters.length);
  order.forEach((clusterPos, sortedPos) => (nameOrder[clusterPos] = sortedPos));
  return nameOrder;
}
