import type { ClusterLabel, LabelLevel, SourceDocId } from '@/domain/types';
import { formatIsoDate, isoDay } from '@/domain/ranking/dates';

export const LABEL_LEVEL_SCORE: Record<LabelLevel, number> = { gold: 1, silver: 0.75, bronze: 0.5 };

const LEVEL_NAME: Record<LabelLevel, string> = { gold: 'Gold', silver: 'Silver', bronze: 'Bronze' };

// Newer editions supersede older ones, so only older-edition labels get their edition named.
const OLDER_EDITION_NAME: Partial<Record<SourceDocId, string>> = {
  'briefing-2016': 'the Dec 2016 ECCP briefing',
  'paper-2017': 'the 2017 ECCP discussion paper',
};

const EDITION_RANK: Record<SourceDocId, number> = {
  'briefing-2016': 0,
  'paper-2017': 1,
  'briefing-2019': 2,
  'paper-2019': 3,
  'factsheet-2020': 4,
};

/** Valid on the validUntil date itself; an undated label is never counted as valid. */
export function isLabelValid(label: ClusterLabel, asOfDay: string): boolean {
  return label.validUntil !== null && isoDay(label.validUntil) >= asOfDay;
}

/** Level score, multiplied by `expiredFactor` when expired or undated (we cannot show it is current). */
export function labelScore(label: ClusterLabel, asOfDay: string, expiredFactor: number): number {
  const base = LABEL_LEVEL_SCORE[label.level] ?? 0;
  return isLabelValid(label, asOfDay) ? base : base * expiredFactor;
}

/** Highest score; ties go to the later validity date, then the newer edition. */
export function bestLabel(
  labels: readonly ClusterLabel[],
  asOfDay: string,
  expiredFactor: number,
): { label: ClusterLabel; score: number } | null {
  let best: ClusterLabel | null = null;
  let bestScore = -1;
  for (const label of labels) {
    const score = labelScore(label, asOfDay, expiredFactor);
    if (score > bestScore || (score === bestScore && best !== null && isNewer(label, best))) {
      best = label;
      bestScore = score;
    }
  }
  return best ? { label: best, score: bestScore } : null;
}

function isNewer(a: ClusterLabel, b: ClusterLabel): boolean {
  const da = a.validUntil ?? '';
  const db = b.validUntil ?? '';
  if (da !== db) return da > db;
  return (EDITION_RANK[a.edition] ?? 0) > (EDITION_RANK[b.edition] ?? 0);
}

/** 'Gold ESCA label, expired 23 Jun 2019' / 'Silver ESCA label, valid until 15 Feb 2021' / 'Bronze ESCA label (no validity date stated)'. */
export function explainLabel(label: ClusterLabel | null, asOf: string): string {
  if (!label) return 'No ESCA label';
  const level = `${LEVEL_NAME[label.level] ?? label.level} ESCA label`;
  if (label.validUntil === null) return `${level} (no validity date stated)`;
  const date = formatIsoDate(label.validUntil);
  return isLabelValid(label, isoDay(asOf)) ? `${level}, valid until ${date}` : `${level}, expired ${date}`;
}

/** The ranking reason: explainLabel plus the edition when the label is only known from an older source. */
export function labelReason(label: ClusterLabel, asOf: string): string {
  const text = explainLabel(label, asOf);
  const edition = OLDER_EDITION_NAME[label.edition];
  return edition ? `${text}; listed in ${edition}` : text;
}
