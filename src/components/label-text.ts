import { formatIsoDate, isoDay } from '@/domain/ranking/dates';
import { isLabelValid } from '@/domain/ranking/labels';
import type { ClusterLabel, LabelLevel } from '@/domain/types';

export const LEVEL_NAMES: Record<LabelLevel, string> = { gold: 'Gold', silver: 'Silver', bronze: 'Bronze' };

export type LabelStatus = 'valid' | 'expired' | 'undated';

export function labelStatus(label: ClusterLabel, asOf: string): LabelStatus {
  if (label.validUntil === null) return 'undated';
  return isLabelValid(label, isoDay(asOf)) ? 'valid' : 'expired';
}

/** 'valid until 15 Feb 2021' / 'expired 23 Jun 2019' / 'no validity date stated'. */
export function labelValidityText(label: ClusterLabel, asOf: string): string {
  const status = labelStatus(label, asOf);
  if (status === 'undated' || label.validUntil === null) return 'no validity date stated';
  const date = formatIsoDate(label.validUntil);
  return status === 'valid' ? `valid until ${date}` : `expired ${date}`;
}
