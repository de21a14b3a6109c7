// Which policies, partnerships and events matter for the chosen sectors and the states of the top
// matches, in what order. Pure: the panel only renders what this returns.
import { relatedSectorIds } from '@/domain/ranking/related-sectors';
import type { DatasetIndex, Match } from '@/domain/ranking/types';
import type { DatasetAnnex, StateCode } from '@/domain/types';
import { tr } from '@/i18n/i18n';
import { sectorName as sectorNameOf } from '@/domain/vocabulary';
import {
  describeEscp4i,
  describeEvent,
  describePolicy,
  type ItemBase,
  type ItemStatus,
} from '@/features/policies/policy-items';

export type Relevance = 'sector' | 'related' | 'cross-cutting';
export type GroupId = 'national' | 'state' | 'eu-mexico' | 'escp4i' | 'events';

/** The group's heading in the active language (policies:group.*, kept by the extractor's preservePatterns). */
export function groupTitle(id: GroupId): string {
  return tr(`policies:group.${id === 'eu-mexico' ? 'euMexico' : id}`);
}

const GROUP_ORDER: readonly GroupId[] = ['national', 'state', 'eu-mexico', 'escp4i', 'events'];

export interface PolicyItem extends ItemBase {
  relevance: Relevance;
  /** 'Your sector: Aerospace' / 'Related sector: …' / 'All sectors', plus the top-match state if any */
  relevanceText: string;
  /** In a state of one of the top matches */
  inTopState: boolean;
}

export interface PolicyGroup {
  id: GroupId;
  title: string;
  items: PolicyItem[];
  /** Items tied to none of the chosen sectors or top-match states (and not general cluster policy): behind a control */
  others: PolicyItem[];
}

export interface PolicyQuery {
  sectorIds: readonly string[];
  topStates: readonly StateCode[];
  /** ISO date: events before it are past */
  asOf: string;
}

export const TOP_FOR_STATES = 10;

/** Distinct states of the first `n` matches, in rank order. */
export function topMatchStates(matches: readonly Match[], n = TOP_FOR_STATES): StateCode[] {
  const out: StateCode[] = [];
  for (const m of matches.slice(0, n)) if (m.cluster.state && !out.includes(m.cluster.state)) out.push(m.cluster.state);
  return out;
}

const RELEVANCE_RANK: Record<Relevance, number> = { sector: 0, related: 1, 'cross-cutting': 2 };
// Ended and discontinued items stay visible (history matters) but after live ones.
const STATUS_RANK: Record<ItemStatus, number> = {
  'in-force': 0,
  reported: 1,
  unknown: 1,
  'not-started': 2,
  ended: 2,
  discontinued: 2,
  past: 2,
};

function compareItems(a: PolicyItem, b: PolicyItem): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    RELEVANCE_RANK[a.relevance] - RELEVANCE_RANK[b.relevance] ||
    Number(b.inTopState) - Number(a.inTopState) ||
    b.sortDate.localeCompare(a.sortDate) ||
    a.name.localeCompare(b.name, 'es')
  );
}

export function relevantPolicies(
  index: DatasetIndex,
  { policies }: Pick<DatasetAnnex, 'policies'>,
  query: PolicyQuery,
): PolicyGroup[] {
  const { dataset } = index;
  const { sectorIds, topStates } = query;
  const related = relatedSectorIds(index, sectorIds);
  const sectorName = (id: string) => sectorNameOf(index, id) ?? id;
  const stateName = (code: StateCode) => index.stateNames.get(code) ?? code;
  const noSector = sectorIds.length === 0;

  const judge = (sectors: readonly string[]): { relevance: Relevance; text: string } | null => {
    const exact = sectors.filter((s) => sectorIds.includes(s));
    if (exact.length)
      return {
        relevance: 'sector',
        text: tr('policies:relevance.sector', { sectors: exact.map(sectorName).join(', ') }),
      };
    const near = sectors.filter((s) => related.has(s));
    if (near.length)
      return {
        relevance: 'related',
        text: tr('policies:relevance.related', { sectors: near.map(sectorName).join(', ') }),
      };
    return sectors.length === 0 ? { relevance: 'cross-cutting', text: tr('policies:relevance.all') } : null;
  };

  const groups = new Map<GroupId, PolicyItem[]>(GROUP_ORDER.map((g) => [g, []]));
  const others = new Map<GroupId, PolicyItem[]>(GROUP_ORDER.map((g) => [g, []]));
  const other = (group: GroupId, base: ItemBase) =>
    others.get(group)?.push({
      ...base,
      relevance: 'cross-cutting',
      relevanceText: tr('provenance:policies.notTied'),
      inTopState: false,
    });
  const add = (group: GroupId, base: ItemBase, sectors: readonly string[], states: readonly StateCode[] = []) => {
    const verdict = judge(sectors);
    if (!verdict || (noSector && verdict.relevance !== 'cross-cutting')) return other(group, base);
    // An event or partnership with no sector is tied to nothing you chose (a cosmetics trip for an
    // aerospace profile); only policies without a sector are general cluster policy.
    if (verdict.relevance === 'cross-cutting' && (group === 'events' || group === 'escp4i')) return other(group, base);
    const inTop = states.filter((s) => topStates.includes(s));
    // A state policy is relevant for its sector anywhere, or as general policy where the top matches are.
    if (group === 'state' && inTop.length === 0 && verdict.relevance !== 'sector') return other(group, base);
    const relevanceText = inTop.length
      ? tr('policies:relevance.inTopStates', { relevance: verdict.text, states: inTop.map(stateName).join(', ') })
      : verdict.text;
    groups.get(group)?.push({
      ...base,
      relevance: verdict.relevance,
      relevanceText,
      inTopState: inTop.length > 0,
    });
  };

  for (const p of policies) {
    const group: GroupId = p.level === 'state' ? 'state' : p.level === 'eu-mexico' ? 'eu-mexico' : 'national';
    if (noSector && group === 'state') continue;
    add(group, describePolicy(p, dataset, query.asOf), p.sectors, p.states);
  }
  if (!noSector) {
    for (const e of dataset.eu.escp4i) add('escp4i', describeEscp4i(e, dataset), e.sectors);
    for (const e of dataset.eu.events) add('events', describeEvent(e, dataset, query.asOf), e.sectors);
  }
  return GROUP_ORDER.filter((g) => !noSector || g === 'national' || g === 'eu-mexico').map((id) => ({
    id,
    title: groupTitle(id),
    items: (groups.get(id) ?? []).sort(compareItems),
    others: (others.get(id) ?? []).sort(compareItems),
  }));
}
