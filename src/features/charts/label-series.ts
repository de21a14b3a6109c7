// ESCA labels by level and validity, for the label chart, its table and its summary.
import { formatIsoDate, formatNumber } from '@/domain/format';
import { isoDay } from '@/domain/dates';
import { LABEL_LEVELS, labelLevelName } from '@/domain/labels';
import type { Match } from '@/domain/ranking/types';
import type { LabelLevel } from '@/domain/types';
import { tr } from '@/i18n/i18n';

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
