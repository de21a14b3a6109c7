import { LEVEL_NAMES, labelValidityText } from '@/components/label-text';
import { NOT_STATED_TEXT } from '@/components/not-stated';
import type { Schedule, ScheduledMeeting, ShortlistEntry } from '@/domain/event';
import { meetingTimeCell, type MeetingCsvRow } from '@/domain/export-csv';
import { bestLabel } from '@/domain/ranking/labels';
import { isoDay } from '@/domain/ranking/dates';
import type { Match } from '@/domain/ranking/types';
import { EDITION_SHORT, documentName } from '@/domain/sources';
import type { Cluster, Dataset } from '@/domain/types';

/** Lookups the rows need, built once per dataset + ranking. */
export interface RowContext {
  clusters: ReadonlyMap<string, Cluster>;
  matches: ReadonlyMap<string, Match>;
  stateNames: ReadonlyMap<string, string>;
  sectorNames: ReadonlyMap<string, string>;
  sourceTitles: ReadonlyMap<string, string>;
  asOf: string;
  expiredLabelFactor: number;
}

/** One meeting as the table, the print view, the CSV and the calendar see it. */
export interface MeetingRow extends MeetingCsvRow {
  clusterId: string;
  /** False when the id is not in the current dataset (e.g. an old saved list). */
  known: boolean;
  meeting: ScheduledMeeting | null;
  table: number | null;
  /** 'Gold, expired 23 Jun 2019' or 'No ESCA label'. */
  labelSummary: string;
  reasons: string[];
}

export const NO_LABEL = 'No ESCA label';

export function rowContext(
  dataset: Dataset,
  matches: readonly Match[],
  asOf: string,
  expiredLabelFactor: number,
): RowContext {
  return {
    clusters: new Map(dataset.clusters.map((c) => [c.id, c])),
    matches: new Map(matches.map((m) => [m.cluster.id, m])),
    stateNames: new Map(dataset.states.map((s) => [s.code, s.name])),
    sectorNames: new Map(dataset.sectors.map((s) => [s.id, s.name])),
    sourceTitles: new Map(dataset.meta.sources.map((s) => [s.id, documentName(dataset.meta, s.id)])),
    asOf,
    expiredLabelFactor,
  };
}

const unique = (items: string[]) => [...new Set(items)];

function labelCells(cluster: Cluster, ctx: RowContext) {
  const best = bestLabel(cluster.labels, isoDay(ctx.asOf), ctx.expiredLabelFactor);
  if (!best) return { escaLabel: NO_LABEL, labelValidity: 'not applicable', labelSummary: NO_LABEL };
  const level = LEVEL_NAMES[best.label.level];
  const validity = labelValidityText(best.label, ctx.asOf);
  return { escaLabel: level, labelValidity: validity, labelSummary: `${level}, ${validity}` };
}

function clusterCells(cluster: Cluster, ctx: RowContext) {
  const sectors = unique(cluster.sectors.map((s) => ctx.sectorNames.get(s.id) ?? s.wording));
  const sources = unique(
    cluster.sources.map(
      (s) => `${ctx.sourceTitles.get(s.doc) ?? `ECCP report (${EDITION_SHORT[s.doc]})`} — ${s.section}`,
    ),
  );
  const match = ctx.matches.get(cluster.id);
  return {
    cluster: cluster.name,
    state: (cluster.state && ctx.stateNames.get(cluster.state)) || NOT_STATED_TEXT,
    sectors: sectors.length ? sectors.join('; ') : NOT_STATED_TEXT,
    ...labelCells(cluster, ctx),
    eccpMember: cluster.eccpMember ? 'yes' : 'no',
    score: match ? match.total : null,
    website: cluster.website ?? NOT_STATED_TEXT,
    sources: sources.length ? sources.join('; ') : NOT_STATED_TEXT,
    reasons: match ? match.reasons : [],
  };
}

function unknownCells(clusterId: string) {
  return {
    cluster: `${clusterId} (not in the current dataset)`,
    state: NOT_STATED_TEXT,
    sectors: NOT_STATED_TEXT,
    escaLabel: NOT_STATED_TEXT,
    labelValidity: NOT_STATED_TEXT,
    labelSummary: NOT_STATED_TEXT,
    eccpMember: NOT_STATED_TEXT,
    score: null,
    website: NOT_STATED_TEXT,
    sources: NOT_STATED_TEXT,
    reasons: [],
  };
}

/**
 * Every shortlist entry in shortlist order, scheduled or not: meetings that do not fit keep
 * their row with the time 'not scheduled', so nothing is cut silently.
 */
export function buildMeetingRows(
  entries: readonly ShortlistEntry[],
  schedule: Schedule,
  ctx: RowContext,
): MeetingRow[] {
  const byCluster = new Map(schedule.meetings.map((m) => [m.clusterId, m]));
  return entries.map((entry, index) => {
    const cluster = ctx.clusters.get(entry.clusterId);
    const meeting = byCluster.get(entry.clusterId) ?? null;
    return {
      order: index + 1,
      time: meetingTimeCell(meeting),
      notes: entry.note.trim(),
      clusterId: entry.clusterId,
      known: cluster !== undefined,
      meeting,
      table: meeting?.table ?? null,
      ...(cluster ? clusterCells(cluster, ctx) : unknownCells(entry.clusterId)),
    };
  });
}
