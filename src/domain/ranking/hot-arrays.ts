import type { Cluster } from '@/domain/types';
import { dayNumber } from '@/domain/dates';
import { LABEL_LEVEL_SCORE } from '@/domain/labels';
import type { ClusterFacts } from '@/domain/ranking/types';

/**
 * Per-cluster data the ranking loop reads, flattened into typed arrays (CSR layout: the items of
 * cluster i are at [start[i], start[i + 1])). Reading them in order avoids chasing 100,000 objects.
 */
export interface HotArrays {
  sectorStart: Int32Array;
  sectorIds: Int32Array;
  interestStart: Int32Array;
  interestIds: Int32Array;
  labelStart: Int32Array;
  labelLevelScore: Float64Array;
  /** validUntil as yyyymmdd; -1 when undated (never counted as valid) */
  labelUntil: Int32Array;
  stateIdx: Int32Array;
  eccp: Uint8Array;
  partnerCount: Int32Array;
}

function flatten(lists: ReadonlyArray<readonly number[]>): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = (start[i] as number) + (lists[i]?.length ?? 0);
  const items = new Int32Array(start[lists.length] as number);
  lists.forEach((list, i) => items.set(list, start[i] as number));
  return { start, items };
}

export function buildHotArrays(clusters: readonly Cluster[], facts: readonly ClusterFacts[]): HotArrays {
  const sectors = flatten(facts.map((f) => f.sectorIds));
  const interests = flatten(facts.map((f) => f.interestIds));
  const labels = clusters.map((c) => c.labels);
  const labelStart = new Int32Array(clusters.length + 1);
  labels.forEach((list, i) => (labelStart[i + 1] = (labelStart[i] as number) + list.length));
  const labelLevelScore = new Float64Array(labelStart[clusters.length] as number);
  const labelUntil = new Int32Array(labelLevelScore.length);
  labels.forEach((list, i) =>
    list.forEach((label, k) => {
      const at = (labelStart[i] as number) + k;
      labelLevelScore[at] = LABEL_LEVEL_SCORE[label.level] ?? 0;
      const day = label.validUntil === null ? Number.NaN : dayNumber(label.validUntil);
      labelUntil[at] = Number.isNaN(day) ? -1 : day;
    }),
  );
  return {
    sectorStart: sectors.start,
    sectorIds: sectors.items,
    interestStart: interests.start,
    interestIds: interests.items,
    labelStart,
    labelLevelScore,
    labelUntil,
    stateIdx: Int32Array.from(facts, (f) => f.stateIdx),
    eccp: Uint8Array.from(clusters, (c) => (c.eccpMember ? 1 : 0)),
    partnerCount: Int32Array.from(facts, (f) => f.partners.length),
  };
}
