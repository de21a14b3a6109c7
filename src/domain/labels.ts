// The ESCA label in one place: level scores, the validity judgement at an as-of date and its
// wording. The ranking engine, the reasons, the badges, the charts and every export read it here.
import type { ClusterLabel, LabelLevel, SourceDocId } from '@/domain/types';
import { isoDay } from '@/domain/dates';
import { formatIsoDate } from '@/domain/format';
import { tr } from '@/i18n/i18n';

export const LABEL_LEVELS: readonly LabelLevel[] = ['gold', 'silver', 'bronze'];
export const LABEL_LEVEL_SCORE: Record<LabelLevel, number> = { gold: 1, silver: 0.75, bronze: 0.5 };

/** Multiplier for a label that is expired or undated on the as-of date (we cannot show it is current). */
export const DEFAULT_EXPIRED_LABEL_FACTOR = 0.5;

export type LabelStatus = 'valid' | 'expired' | 'undated';

/** A cluster's best label as judged at one as-of date: what every view shows. */
export interface JudgedLabel {
  label: ClusterLabel;
  level: LabelLevel;
  status: LabelStatus;
  /** ISO date; null where the source gives none. */
  validUntil: string | null;
  edition: SourceDocId;
  /** 0..1: the level score, times the expired factor unless valid. */
  score: number;
}

// Newer editions supersede older ones, so only older-edition labels get their edition named.
const OLDER_EDITIONS: ReadonlySet<SourceDocId> = new Set<SourceDocId>(['briefing-2016', 'paper-2017']);

const EDITION_RANK: Record<SourceDocId, number> = {
  'briefing-2016': 0,
  'paper-2017': 1,
  'briefing-2019': 2,
  'paper-2019': 3,
  'factsheet-2020': 4,
};

/** Clamped to 0..1; anything that is not a number falls back to the default. */
export function sanitiseExpiredFactor(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : DEFAULT_EXPIRED_LABEL_FACTOR;
}

/** Valid on the validUntil date itself; an undated label is never counted as valid. */
export function isLabelValid(label: ClusterLabel, asOfDay: string): boolean {
  return label.validUntil !== null && isoDay(label.validUntil) >= asOfDay;
}

export function labelStatus(label: ClusterLabel, asOf: string): LabelStatus {
  if (label.validUntil === null) return 'undated';
  return isLabelValid(label, isoDay(asOf)) ? 'valid' : 'expired';
}

/** Level score, multiplied by `expiredFactor` when expired or undated. */
export function labelScore(label: ClusterLabel, asOfDay: string, expiredFactor: number): number {
  const base = LABEL_LEVEL_SCORE[label.level] ?? 0;
  return isLabelValid(label, asOfDay) ? base : base * expiredFactor;
}

function isNewer(a: ClusterLabel, b: ClusterLabel): boolean {
  const da = a.validUntil ?? '';
  const db = b.validUntil ?? '';
  if (da !== db) return da > db;
  return (EDITION_RANK[a.edition] ?? 0) > (EDITION_RANK[b.edition] ?? 0);
}

/** One label judged at an as-of date (the factor only changes its score, not its status). */
export function judgeLabel(
  label: ClusterLabel,
  asOf: string,
  expiredFactor = DEFAULT_EXPIRED_LABEL_FACTOR,
): JudgedLabel {
  const day = isoDay(asOf);
  return {
    label,
    level: label.level,
    status: labelStatus(label, day),
    validUntil: label.validUntil,
    edition: label.edition,
    score: labelScore(label, day, expiredFactor),
  };
}

/** The best label (highest score; ties go to the later validity date, then the newer edition), judged. */
export function judgeLabels(labels: readonly ClusterLabel[], asOf: string, expiredFactor: number): JudgedLabel | null {
  const day = isoDay(asOf);
  let best: ClusterLabel | null = null;
  let bestScore = -1;
  for (const label of labels) {
    const score = labelScore(label, day, expiredFactor);
    if (score > bestScore || (score === bestScore && best !== null && isNewer(label, best))) {
      best = label;
      bestScore = score;
    }
  }
  return best ? judgeLabel(best, day, expiredFactor) : null;
}

/** 'Gold' / 'Oro'. */
export function labelLevelName(level: LabelLevel): string {
  return tr(`domain:label.level.${level}`);
}

/** 'No ESCA label'. */
export function noLabelText(): string {
  return tr('domain:label.none');
}

/** 'valid until 15 Feb 2021' / 'expired 23 Jun 2019' / 'no validity date stated'. */
export function labelValidityText(judged: Pick<JudgedLabel, 'status' | 'validUntil'>): string {
  if (judged.status === 'undated' || judged.validUntil === null) return tr('domain:label.undated');
  const date = formatIsoDate(judged.validUntil);
  return judged.status === 'valid' ? tr('domain:label.validUntil', { date }) : tr('domain:label.expired', { date });
}

/** 'Gold, expired 23 Jun 2019' or 'No ESCA label': for cells and compact rows. */
export function labelSummary(judged: JudgedLabel | null): string {
  if (!judged) return noLabelText();
  return tr('domain:label.summary', { level: labelLevelName(judged.level), validity: labelValidityText(judged) });
}

/** 'Gold ESCA label, expired 23 Jun 2019' / 'Bronze ESCA label (no validity date stated)' / 'No ESCA label'. */
export function labelText(judged: JudgedLabel | null): string {
  if (!judged) return noLabelText();
  const level = labelLevelName(judged.level);
  if (judged.status === 'undated') return tr('domain:label.textUndated', { level });
  return tr('domain:label.text', { level, validity: labelValidityText(judged) });
}

/** The ranking reason: labelText plus the edition when the label is only known from an older source. */
export function labelReason(judged: JudgedLabel): string {
  if (!OLDER_EDITIONS.has(judged.edition)) return labelText(judged);
  return tr('domain:label.reasonOlder', { text: labelText(judged), edition: tr(`domain:edition.${judged.edition}`) });
}
