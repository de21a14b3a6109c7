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
import type { DatasetIndex, StateStrength, StrengthTable } from '@/domain/ranking/types';
import { indicatorEvidence, organised, statementSizes, type StrengthFact } from '@/domain/ranking/indicator-evidence';
import { factsSentence } from '@/domain/ranking/strength-sentence';
import { organisedClustersFact } from '@/domain/ranking/state-facts';
import { sectorProse } from '@/domain/vocabulary';
import { formatNumber } from '@/domain/format';
import { joinList } from '@/domain/prose';
import { activeLocale, tr } from '@/i18n/i18n';

const RELATED_CLUSTER = 0.25;

function computeTable(index: DatasetIndex, sector: string): StrengthTable {
  const { states, facts, clusters } = index;
  const sid = sector ? (index.sectorIndex.get(sector) ?? -1) : -1;
  const relatedIds = sid >= 0 ? (index.sectors[sid]?.related ?? []) : [];
  const relatedKeys = new Set(relatedIds.map((r) => index.sectors[r]?.id ?? ''));
  const isRelated = new Uint8Array(index.sectors.length);
  for (const r of relatedIds) isRelated[r] = 1;

  const exact = new Float64Array(states.length);
  const related = new Float64Array(states.length);
  const labelled = new Float64Array(states.length);
  const eccp = new Float64Array(states.length);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    if (!f || f.stateIdx < 0) continue;
    let match = sector === '' ? 2 : 0;
    for (const s of f.sectorIds) {
      if (s === sid) match = 2;
      else if (isRelated[s] === 1 && match === 0) match = 1;
    }
    if (match === 1) related[f.stateIdx] += 1;
    if (match !== 2) continue;
    exact[f.stateIdx] += 1;
    const c = clusters[i];
    if (c && c.labels.length > 0) labelled[f.stateIdx] += 1;
    if (c?.eccpMember) eccp[f.stateIdx] += 1;
  }

  const organisedFigures = states.map((s) => organised(s.indicators));
  const maxOrganised = Math.max(0, ...organisedFigures.map((o) => o?.value ?? 0));
  const prose = sector ? sectorProse(index, sector) : '';
  const statementSize = statementSizes(states);

  const raws: number[] = [];
  const factTexts: string[] = [];
  states.forEach((state, si) => {
    const list: StrengthFact[] = [];
    const org = organisedFigures[si];
    if (org && org.value > 0 && maxOrganised > 0) {
      list.push({
        text: organisedClustersFact(org.value),
        points: (0.5 * org.value) / maxOrganised,
        order: 0,
        editions: [org.source.doc],
        general: true,
      });
    }
    list.push(...indicatorEvidence(index, state.indicators, org, sector, relatedKeys, statementSize));
    const n = exact[si] ?? 0;
    if (n > 0)
      list.push({
        text: sector
          ? tr('ranking:facts.sectorClusters', { count: n, n: formatNumber(n), sector: prose })
          : tr('ranking:facts.clusterOrganisations', { count: n, n: formatNumber(n) }),
        points: n,
        order: 2,
        editions: [],
      });
    const r = related[si] ?? 0;
    if (r > 0)
      list.push({
        text: tr('ranking:facts.relatedClusters', { count: r, n: formatNumber(r) }),
        points: RELATED_CLUSTER * r,
        order: 3,
        editions: [],
      });
    const l = labelled[si] ?? 0;
    const e = eccp[si] ?? 0;
    if (l + e > 0) {
      const parts = [
        l > 0 ? tr('ranking:facts.labelled', { count: l, n: formatNumber(l) }) : '',
        e > 0 ? tr('ranking:facts.eccpMembers', { count: e, n: formatNumber(e) }) : '',
      ].filter(Boolean);
      list.push({ text: joinList(parts), points: 0.5 * (l + e), order: 4, editions: [] });
    }
    raws.push(list.reduce((sum, f) => sum + f.points, 0));
    factTexts.push(factsSentence(list, sector !== ''));
  });

  const maxRaw = Math.max(0, ...raws);
  const byState = new Float64Array(states.length);
  const whys: string[] = [];
  const list: StateStrength[] = states.map((state, si) => {
    const raw = raws[si] ?? 0;
    const value = maxRaw > 0 ? raw / maxRaw : 0;
    byState[si] = value;
    const factText = factTexts[si] ?? '';
    const why = factText
      ? `${state.name}: ${factText}`
      : sector
        ? tr('ranking:strength.nothingFor', { state: state.name, sector: prose })
        : tr('ranking:strength.nothing', { state: state.name });
    whys.push(why);
    return { code: state.code, sector, index: value, raw, why };
  });
  list.sort((a, b) => b.index - a.index || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { list, byState, facts: factTexts, why: whys, locale: activeLocale() };
}

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
