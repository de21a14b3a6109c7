// Pure series builders for the charts panel: every number a chart draws also feeds its table and
// its one-line summary, so the text alternative can never disagree with the picture.
import { formatIsoDate, formatNumber, formatPoints } from '@/domain/format';
import { CRITERIA, criterionLabel, type CriterionId } from '@/domain/profile';
import { LABEL_LEVELS, labelLevelName } from '@/domain/labels';
import { isoDay } from '@/domain/dates';
import { proseCase } from '@/domain/prose';
import type { Match, StateStrength } from '@/domain/ranking/types';
import type { LabelLevel, MexicanState, Sector } from '@/domain/types';
import { tr } from '@/i18n/i18n';

export const TOP_MATCHES = 10;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

// ---- Score breakdown ----

export type BreakdownRow = {
  id: string;
  name: string;
  shortName: string;
  rank: number;
  total: number;
  /** The rightmost segment with points: the total is written after it. */
  end: CriterionId | null;
} & Record<CriterionId, number>;

export function breakdownRows(matches: readonly Match[], limit = TOP_MATCHES): BreakdownRow[] {
  return matches.slice(0, limit).map((m) => {
    const points: Record<CriterionId, number> = { sector: 0, label: 0, eccp: 0, state: 0, interests: 0, links: 0 };
    for (const c of m.criteria) points[c.id] = Math.round(c.contribution * 10) / 10;
    return {
      id: m.cluster.id,
      name: m.cluster.name,
      shortName: truncate(m.cluster.acronym ?? m.cluster.name, 19),
      rank: m.rank,
      total: m.total,
      end: [...CRITERIA].reverse().find((id) => points[id] > 0) ?? null,
      ...points,
    };
  });
}

/** Criteria that add points to at least one row: the legend and stacks show only these. */
export function usedCriteria(rows: readonly BreakdownRow[]): CriterionId[] {
  return CRITERIA.filter((id) => rows.some((r) => r[id] > 0));
}

export function breakdownSummary(rows: readonly BreakdownRow[]): string {
  const top = rows[0];
  if (!top) return tr('charts:breakdown.empty');
  let best: CriterionId | null = null;
  for (const id of CRITERIA) if (top[id] > 0 && (best === null || top[id] > top[best])) best = id;
  const head = { name: top.name, total: formatPoints(top.total) };
  return best
    ? tr('charts:breakdown.summary', { ...head, criterion: proseCase(criterionLabel(best)) })
    : tr('charts:breakdown.summaryNoPoints', head);
}

// ---- Matches and state strength by state ----

export interface StateRow {
  code: string;
  name: string;
  matches: number;
  /** 0..100, null when no sector is chosen */
  strength: number | null;
}

export interface StateSeries {
  rows: StateRow[];
  /** Counted matches whose state the sources do not name */
  unstated: number;
  /** Whether `matches` counts only clusters in the chosen (or a related) sector */
  sectorOnly: boolean;
}

/**
 * With a sector chosen, a "match" here is a cluster in that sector or a related one (sector fit > 0):
 * counting every cluster would just redraw where clusters exist, whatever their sector.
 */
export function stateSeries(
  matches: readonly Match[],
  strengths: readonly StateStrength[],
  states: ReadonlyArray<Pick<MexicanState, 'code' | 'name'>>,
  sectorChosen: boolean,
): StateSeries {
  const counts = new Map<string, number>();
  let unstated = 0;
  for (const m of matches) {
    if (sectorChosen && m.sectorFit === 0) continue;
    if (m.cluster.state === null) unstated++;
    else counts.set(m.cluster.state, (counts.get(m.cluster.state) ?? 0) + 1);
  }
  const strengthOf = new Map(strengths.map((s) => [s.code, Math.round(s.index * 100)]));
  const rows: StateRow[] = [];
  for (const st of states) {
    const count = counts.get(st.code) ?? 0;
    const strength = sectorChosen ? (strengthOf.get(st.code) ?? 0) : null;
    if (count > 0 || (strength ?? 0) > 0) rows.push({ code: st.code, name: st.name, matches: count, strength });
  }
  rows.sort(
    (a, b) => b.matches - a.matches || (b.strength ?? 0) - (a.strength ?? 0) || a.name.localeCompare(b.name, 'es'),
  );
  return { rows, unstated, sectorOnly: sectorChosen };
}

export function stateSummary(series: StateSeries, sectorProse: string | null): string {
  const first = series.rows[0];
  if (!first || (first.matches === 0 && first.strength === null)) return tr('charts:states.empty');
  const parts: string[] = [];
  if (first.matches > 0)
    parts.push(tr('charts:states.summary.most', { name: first.name, n: formatNumber(first.matches, 0) }));
  let strongest: StateRow | null = null;
  for (const r of series.rows)
    if (r.strength !== null && (strongest === null || r.strength > (strongest.strength ?? 0))) strongest = r;
  if (sectorProse && strongest && (strongest.strength ?? 0) > 0)
    parts.push(
      tr('charts:states.summary.strongest', {
        sector: sectorProse,
        name: strongest.name,
        strength: formatNumber(strongest.strength ?? 0, 0),
      }),
    );
  const sentences = [parts.join('; ')];
  if (!sectorProse) sentences.push(tr('charts:states.summary.pickSector'));
  if (series.unstated > 0)
    sentences.push(tr('charts:states.summary.unstated', { n: formatNumber(series.unstated, 0) }));
  return `${sentences.join('. ')}.`;
}

// ---- ESCA labels by level and validity ----

export interface LabelRow {
  level: LabelLevel;
  name: string;
  valid: number;
  expired: number;
  undated: number;
}

export interface LabelSeries {
  rows: LabelRow[];
  labelled: number;
  total: number;
}

/** Each match counted once, by the label the ranking judges it on (Match.label). */
export function labelSeries(matches: readonly Match[]): LabelSeries {
  const rows = LABEL_LEVELS.map((level): LabelRow => ({
    level,
    name: labelLevelName(level),
    valid: 0,
    expired: 0,
    undated: 0,
  }));
  let labelled = 0;
  for (const { label } of matches) {
    const row = label ? rows.find((r) => r.level === label.level) : undefined;
    if (!label || !row) continue;
    labelled++;
    row[label.status]++;
  }
  return { rows, labelled, total: matches.length };
}

export function labelSummary(series: LabelSeries, asOf: string): string {
  if (series.total === 0) return tr('charts:labels.summary.none');
  const total = formatNumber(series.total, 0);
  if (series.labelled === 0) return tr('charts:labels.summary.noLabel', { count: series.total, n: total });
  const sum = (key: 'valid' | 'expired' | 'undated') => series.rows.reduce((n, r) => n + r[key], 0);
  const undated = sum('undated');
  return tr('charts:labels.summary.counts', {
    count: series.labelled,
    labelled: formatNumber(series.labelled, 0),
    total,
    valid: formatNumber(sum('valid'), 0),
    expired: formatNumber(sum('expired'), 0),
    date: formatIsoDate(isoDay(asOf)),
    undated: undated > 0 ? tr('charts:labels.summary.undated', { n: formatNumber(undated, 0) }) : '',
  });
}

export function sectorProseName(sectors: readonly Sector[], id: string | null): string | null {
  if (!id) return null;
  const s = sectors.find((x) => x.id === id);
  return s ? proseCase(s.name) : id;
}
