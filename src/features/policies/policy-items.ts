// Turns policy, ESCP-4i and event records into one display shape, with the wording for gaps.
import { isoDay } from '@/domain/dates';
import { formatFigure, formatIsoDate } from '@/domain/format';
import { sourceText } from '@/domain/sources';
import type { Dataset, Escp4i, EventRecord, Policy, PolicyStatus, SourceRef } from '@/domain/types';

export type ItemStatus = PolicyStatus | 'past';

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
  statusNote: string | null;
  /** Place, organiser, states, members */
  details: ItemFact[];
  /** Targets and key figures */
  figures: ItemFact[];
  summary: string;
  sources: string[];
  /** undefined: the record type has no website field; null: not stated */
  website?: string | null;
  /** For ordering: newest first */
  sortDate: string;
}

const NOT_STATED = 'not stated in the sources';
const sourceList = (refs: readonly SourceRef[], dataset: Dataset) => [
  ...new Set(refs.map((s) => sourceText(s, dataset.meta))),
];

export function yearsText(start: number | null, end: number | null): string {
  if (start !== null && end !== null) return start === end ? String(start) : `${start}–${end}`;
  if (start !== null) return `from ${start} (end year ${NOT_STATED})`;
  if (end !== null) return `until ${end} (start year ${NOT_STATED})`;
  return `years ${NOT_STATED}`;
}

const LEVEL_TEXT: Record<Policy['level'], string> = {
  federal: 'Federal',
  sectoral: 'Federal sectoral programme',
  state: 'State',
  'eu-mexico': 'EU–Mexico',
};

export function describePolicy(p: Policy, dataset: Dataset): ItemBase {
  const states = p.states.map((c) => dataset.states.find((s) => s.code === c)?.name ?? c);
  return {
    key: `policy:${p.id}`,
    kind: 'policy',
    name: p.name,
    originalName: p.nameOriginal,
    level: LEVEL_TEXT[p.level],
    years: yearsText(p.startYear, p.endYear),
    status: p.status,
    statusNote: p.statusNote,
    details: states.length ? [{ label: states.length > 1 ? 'States' : 'State', value: states.join(', ') }] : [],
    figures: p.targets.map((t) => ({ label: t.label, value: formatFigure(t) })),
    summary: p.summary,
    sources: sourceList(p.sources, dataset),
    website: p.website,
    sortDate: String(p.startYear ?? p.endYear ?? ''),
  };
}

const GENERATION: Record<1 | 2, string> = { 1: 'first generation', 2: 'second generation' };

export function describeEscp4i(e: Escp4i, dataset: Dataset): ItemBase {
  const members = e.members.map((id) => {
    const c = dataset.eu.euClusters.find((x) => x.id === id);
    if (!c) return id;
    return c.country ? `${c.acronym ?? c.name} (${c.country})` : (c.acronym ?? c.name);
  });
  return {
    key: `escp4i:${e.id}`,
    kind: 'escp4i',
    name: e.acronym && e.acronym !== e.name ? `${e.acronym}: ${e.name}` : e.name,
    originalName: null,
    level: `ESCP-4i partnership, ${e.generation ? GENERATION[e.generation] : `generation ${NOT_STATED}`}`,
    years: `years ${NOT_STATED}`,
    status: 'unknown',
    statusNote: null,
    details: [{ label: 'EU members named', value: members.length ? members.join(', ') : null }],
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
    : `date ${NOT_STATED}`;
  const last = e.endDate ?? e.date;
  return {
    key: `event:${e.id}`,
    kind: 'event',
    name: e.name,
    originalName: null,
    level: 'Event or mission',
    years: when,
    // Undated events in the sources are still events that happened before the reports were written.
    status: last === null || last < isoDay(asOf) ? 'past' : 'unknown',
    statusNote: null,
    details: [
      { label: 'Place', value: e.place },
      { label: 'Organiser', value: e.organiser },
    ],
    figures: e.figures.map((f) => ({ label: f.label, value: formatFigure(f) })),
    summary: e.summary,
    sources: sourceList(e.sources, dataset),
    sortDate: e.date ?? '',
  };
}
