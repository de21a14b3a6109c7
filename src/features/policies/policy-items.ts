// Turns policy, ESCP-4i and event records into one display shape, with the wording for gaps, in
// the active language. Names, summaries, figure labels and sources stay as the sources write them.
import { countryName } from '@/domain/vocabulary';
import { isoDay } from '@/domain/dates';
import { formatFigure, formatIsoDate, notStated } from '@/domain/format';
import { sourceText } from '@/domain/sources';
import { inferredReason } from '@/domain/provenance';
import type { Dataset, Escp4i, EventRecord, Policy, SourceRef } from '@/domain/types';
import { policyStatusAt, type JudgedPolicyStatus } from '@/domain/policy-status';
import { tr } from '@/i18n/i18n';
import { yearsText } from '@/features/policies/years-text';

export type ItemStatus = JudgedPolicyStatus | 'past';

export interface ItemFact {
  label: string;
  /** null: not stated in the sources */
  value: string | null;
}

export interface ItemBase {
  key: string;
  kind: 'policy' | 'escp4i' | 'event';
  name: string;
  originalName: string | null;
  level: string;
  years: string;
  status: ItemStatus;
  /** What the status rests on at the as-of date: its years and the edition that described it */
  asOfNote: string | null;
  /** Why the status is our reading, in the dataset's English */
  statusInferred: string | null;
  statusNote: string | null;
  /** Place, organiser, states, members */
  details: ItemFact[];
  /** Targets and key figures; their labels come from the dataset, in English */
  figures: ItemFact[];
  summary: string;
  sources: string[];
  /** undefined: the record type has no website field; null: not stated */
  website?: string | null;
  /** For ordering: newest first */
  sortDate: string;
}

const sourceList = (refs: readonly SourceRef[], dataset: Dataset) => [
  ...new Set(refs.map((s) => sourceText(s, dataset.meta))),
];

function levelText(level: Policy['level']): string {
  const text: Record<Policy['level'], string> = {
    federal: tr('policies:level.federal'),
    sectoral: tr('policies:level.sectoral'),
    state: tr('policies:level.state'),
    'eu-mexico': tr('policies:level.euMexico'),
  };
  return text[level];
}

export function describePolicy(p: Policy, dataset: Dataset, asOf: string): ItemBase {
  const judged = policyStatusAt(p, asOf);
  const states = p.states.map((c) => dataset.states.find((s) => s.code === c)?.name ?? c);
  return {
    key: `policy:${p.id}`,
    kind: 'policy',
    name: p.name,
    originalName: p.nameOriginal,
    level: levelText(p.level),
    years: yearsText(p.startYear, p.endYear),
    status: judged.status,
    asOfNote: judged.note || null,
    statusInferred: judged.inferred,
    statusNote: p.statusNote,
    details: states.length
      ? [{ label: tr('policies:fact.states', { count: states.length }), value: states.join(', ') }]
      : [],
    figures: p.targets.map((t) => ({ label: t.label, value: formatFigure(t) })),
    summary: p.summary,
    sources: sourceList(p.sources, dataset),
    website: p.website,
    sortDate: String(p.startYear ?? p.endYear ?? ''),
  };
}

function generationText(generation: 1 | 2 | null): string {
  if (generation === 1) return tr('policies:generation.first');
  if (generation === 2) return tr('policies:generation.second');
  return tr('policies:generation.none', { notStated: notStated() });
}

export function describeEscp4i(e: Escp4i, dataset: Dataset): ItemBase {
  const members = e.members.map((id) => {
    const c = dataset.eu.euClusters.find((x) => x.id === id);
    if (!c) return id;
    return c.country ? `${c.acronym ?? c.name} (${countryName(c.country)})` : (c.acronym ?? c.name);
  });
  return {
    key: `escp4i:${e.id}`,
    kind: 'escp4i',
    name: e.acronym && e.acronym !== e.name ? `${e.acronym}: ${e.name}` : e.name,
    originalName: null,
    level: tr('policies:level.escp4i', { generation: generationText(e.generation) }),
    years: yearsText(null, null),
    status: 'unknown',
    asOfNote: null,
    statusInferred: null,
    statusNote: null,
    details: [{ label: tr('policies:fact.euMembers'), value: members.length ? members.join(', ') : null }],
    figures: e.figures.map((f) => ({ label: f.label, value: formatFigure(f) })),
    summary: e.summary,
    sources: sourceList(e.sources, dataset),
    sortDate: String(e.generation ?? ''),
  };
}

export function describeEvent(e: EventRecord, dataset: Dataset, asOf: string): ItemBase {
  const when = e.date
    ? e.endDate && e.endDate !== e.date
      ? `${formatIsoDate(e.date)} – ${formatIsoDate(e.endDate)}`
      : formatIsoDate(e.date)
    : tr('policies:dateNone', { notStated: notStated() });
  const last = e.endDate ?? e.date;
  return {
    key: `event:${e.id}`,
    kind: 'event',
    name: e.name,
    originalName: null,
    level: tr('policies:level.event'),
    years: when,
    // Undated events in the sources are still events that happened before the reports were written.
    status: last === null || last < isoDay(asOf) ? 'past' : 'unknown',
    asOfNote: null,
    // The organiser is the only event field ever inferred; its reason says so.
    statusInferred: inferredReason(e, 'organiser'),
    statusNote: null,
    details: [
      { label: tr('policies:fact.place'), value: e.place },
      { label: tr('policies:fact.organiser'), value: e.organiser },
    ],
    figures: e.figures.map((f) => ({ label: f.label, value: formatFigure(f) })),
    summary: e.summary,
    sources: sourceList(e.sources, dataset),
    sortDate: e.date ?? '',
  };
}
