// One sector's state-strength table, computed from the indicators (the formula: state-strength.ts).
import type { DatasetIndex, StateStrength, StrengthTable } from '@/domain/ranking/types';
import { indicatorEvidence, organised, statementSizes, type StrengthFact } from '@/domain/ranking/indicator-evidence';
import { factsSentence } from '@/domain/ranking/strength-sentence';
import { organisedClustersFact } from '@/domain/ranking/state-facts';
import { sectorProse } from '@/domain/vocabulary';
import { formatNumber } from '@/domain/format';
import { joinList } from '@/domain/prose';
import { activeLocale, tr } from '@/i18n/i18n';

const RELATED_CLUSTER = 0.25;

export function computeTable(index: DatasetIndex, sector: string): StrengthTable {
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
