import type { Cluster } from '@/domain/types';
import type { StepProgress } from '@/domain/steps';

// Spanish name order, ties by id. One collator for every sort: building one is costly.
const collator = new Intl.Collator('es');

export function compareClusterNames(a: Cluster, b: Cluster): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Items sorted (or merged) between two steps: a few milliseconds of collator work. */
const RUN = 1024;

/**
 * Positions 0..n-1 sorted by `compare`, as a stable bottom-up merge sort that yields every RUN
 * items: 100,000 names take a few hundred milliseconds of collator calls, too long for one task.
 */
export function* sortedPositionsSteps(
  n: number,
  compare: (a: number, b: number) => number,
): Generator<StepProgress, Int32Array> {
  let from = Int32Array.from({ length: n }, (_, i) => i);
  let to = new Int32Array(n);
  const passes = n > RUN ? Math.ceil(Math.log2(n / RUN)) : 0;
  const total = n * (passes + 1);
  let done = 0;
  for (let start = 0; start < n; start += RUN) {
    from.subarray(start, Math.min(n, start + RUN)).sort(compare);
    done += Math.min(RUN, n - start);
    yield { done, total };
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(n, left + width);
      const end = Math.min(n, left + 2 * width);
      let i = left;
      let j = mid;
      for (let k = left; k < end; k++) {
        // `<= 0` takes the left run first on ties: the sort stays stable.
        to[k] = (
          j >= end || (i < mid && compare(from[i] as number, from[j] as number) <= 0) ? from[i++] : from[j++]
        ) as number;
        if (++done % RUN === 0) yield { done, total };
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** nameOrder[i]: the position of cluster i in name order (DatasetIndex.nameOrder). */
export function* nameOrderSteps(clusters: readonly Cluster[]): Generator<StepProgress, Int32Array> {
  const order = yield* sortedPositionsSteps(clusters.length, (a, b) =>
    compareClusterNames(clusters[a] as Cluster, clusters[b] as Cluster),
  );
  const nameOrder = new Int32Array(clusters.length);
  order.forEach((clusterPos, sortedPos) => (nameOrder[clusterPos] = sortedPos));
  return nameOrder;
}
