/*
 * State strength of a Mexican state for a sector s — what the sources say, in one number.
 *
 *   raw   = 0.5·G + E + C + 0.5·Q + 0.25·P
 *   index = raw / (highest raw over all states)        (0 for every state when that is 0)
 *
 *   G  formally organised clusters in the state (kind 'organised-clusters', sector null; the most
 *      recent year, i.e. 2019 over 2016) divided by the highest such figure of any state: 0..1.
 *      Deliberately light: it says the state organises clusters, not that it does so in s.
 *   E  sector evidence: for each indicator whose sector is s, 2 × its selectivity (a quarter of that
 *      for a sector related to s). Selectivity is 1 for a statement that names at most six states (the
 *      five aerospace hubs, the 2016 Table 2 states of a sector) and 6 / n for one that names n > 6
 *      (26 bioenergy locations): what the sources single out outweighs what they list everywhere.
 *      A value counts listed items (ICT clusters, carmakers) up to 3; any other value is one fact.
 *      Kinds that imply a sector (aerospace-hub, automotive-*, vehicle-plants, renewable-projects)
 *      get it when their sector is null.
 *   C  cluster organisations in the dataset located in the state with sector s, plus 0.25 for each
 *      one that only has a sector related to s.
 *   Q  among the clusters counted at full weight in C: how many hold an ESCA label, plus how
 *      many are ECCP members (a labelled ECCP member counts twice).
 *   P  other sector-less indicators with value > 0 (state cluster policy, general mentions).
 *
 * With no sector chosen (s = ''), E counts every sector indicator at half weight, C counts every
 * cluster organisation and Q every labelled / ECCP cluster: the general cluster strength, used only
 * for a cluster without a sector (the others are judged in their own sector, see `ownSectorTables`).
 * `why` names the (up to) three facts that add most to raw, each with the edition that states it
 * (strength-sentence.ts). Computed once per (dataset, sector) and memoised in the index.
 */
import { computeTable } from '@/domain/ranking/strength-compute';
import type { DatasetIndex, StateStrength, StrengthTable } from '@/domain/ranking/types';
import { activeLocale } from '@/i18n/i18n';

/** Memoised per sector (and language) in the index; '' gives the general strength used when no sector is chosen. */
export function strengthTable(index: DatasetIndex, sector: string): StrengthTable {
  let table = index.strengthMemo.get(sector);
  // Its facts are worded: after a language switch the table is built again in the new language.
  if (!table || table.locale !== activeLocale()) {
    table = computeTable(index, sector);
    index.strengthMemo.set(sector, table);
  }
  return table;
}

/** Every state known to the dataset, strongest first (ties by state code). */
export function stateStrength(index: DatasetIndex, sector: string): StateStrength[] {
  return strengthTable(index, sector).list.slice();
}
