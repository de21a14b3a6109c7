import type { ScheduleState } from '@/domain/b2b/state';

/**
 * A table for every placed meeting: a locked table stays; otherwise the partner keeps the table
 * it had in its previous meeting when that table is free (hosts stay put, visitors move), else
 * the lowest free table. Any slot holds at most `tables` meetings, so a table is always left.
 */
export function assignTables(state: ScheduleState): Int32Array {
  const { tables, lockTable, rb, ra } = state.problem;
  const table = new Int32Array(state.slotOf.length).fill(-1);
  const lastTable = new Int32Array(state.problem.participants.length).fill(-1);
  const taken = new Uint8Array(tables);
  for (let s = 0; s < state.nS; s++) {
    taken.fill(0);
    const here = [...state.members[s]].sort((x, y) => x - y);
    for (const r of here) {
      if (lockTable[r] >= 0) {
        table[r] = lockTable[r];
        taken[lockTable[r]] = 1;
      }
    }
    // Partners' own tables first, then requesters', then the lowest free one.
    for (const side of [rb, ra, null]) {
      for (const r of here) {
        if (table[r] >= 0) continue;
        const t = side ? lastTable[side[r]] : taken.indexOf(0);
        if (t < 0 || taken[t]) continue;
        table[r] = t;
        taken[t] = 1;
      }
    }
    for (const r of here) {
      lastTable[rb[r]] = table[r];
      lastTable[ra[r]] = table[r];
    }
  }
  return table;
}
