// With no sector chosen, a cluster's state is judged in the cluster's own sector (an automotive
// cluster in Nuevo León by what the sources say about automotive there), not by the state's
// clusters in general: the sentence then speaks of the cluster's match, not of the state.
import type { DatasetIndex, StrengthTable } from '@/domain/ranking/types';
import { strengthTable } from '@/domain/ranking/state-strength';

export interface OwnSectorTables {
  /** [general, then one per sector slot of the index] */
  tables: StrengthTable[];
  /** By cluster position: the slot in `tables` its state is judged in (0 for a cluster without a sector). */
  pos: Int32Array;
}

const ownPosMemo = new WeakMap<DatasetIndex, Int32Array>();

export function ownSectorTables(index: DatasetIndex): OwnSectorTables {
  // Each table is memoised (and re-worded after a language switch) by strengthTable.
  const tables = [strengthTable(index, ''), ...index.sectors.map((s) => strengthTable(index, s.id))];
  let pos = ownPosMemo.get(index);
  if (!pos) {
    pos = new Int32Array(index.clusters.length);
    index.facts.forEach((f, i) => {
      let best = 0;
      let bestValue = -1;
      // Of a multi-sector cluster's sectors, the one its state is strongest in.
      for (const sid of f.sectorIds) {
        const value = f.stateIdx < 0 ? 0 : (tables[sid + 1]?.byState[f.stateIdx] ?? 0);
        if (value > bestValue) [best, bestValue] = [sid + 1, value];
      }
      (pos as Int32Array)[i] = best;
    });
    ownPosMemo.set(index, pos);
  }
  return { tables, pos };
}
