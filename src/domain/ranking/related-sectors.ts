import type { DatasetIndex } from '@/domain/ranking/types';

/** The chosen sectors' neighbours in the taxonomy (either direction, closed once in the index), minus the chosen ones. */
export function relatedSectorIds(index: DatasetIndex, chosen: readonly string[]): Set<string> {
  const related = new Set<string>();
  for (const id of chosen) {
    const slot = index.sectorIndex.get(id);
    if (slot === undefined) continue;
    for (const r of index.sectors[slot]?.related ?? []) {
      const other = index.sectors[r]?.id;
      if (other !== undefined) related.add(other);
    }
  }
  for (const id of chosen) related.delete(id);
  return related;
}
