import { listNameKey } from '@/domain/distinct-list';
import { formatNumber, formatPoints, notStated } from '@/domain/format';
import type { ShortlistEntry } from '@/domain/event';
import type { Ranking } from '@/domain/ranking/rank';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { tr } from '@/i18n/i18n';

export interface ShortlistRow {
  clusterId: string;
  order: number;
  name: string;
  /** False when the id is not in the current dataset (an old saved or imported list). */
  known: boolean;
  state: string;
  /** '72', or '—' for a cluster the dataset no longer has. */
  score: string;
  note: string;
  first: boolean;
  last: boolean;
}

export const NO_SCORE = '—';

/** Scored from the full ranking: a dashboard filter or search never blanks a shortlisted score. */
export function buildShortlistRows(entries: readonly ShortlistEntry[], ranking: Ranking): ShortlistRow[] {
  return entries.map((entry, index) => {
    const match = ranking.byId(entry.clusterId);
    return {
      clusterId: entry.clusterId,
      order: index + 1,
      name: match?.cluster.name ?? entry.clusterId,
      known: match !== undefined,
      state: match?.stateName ?? notStated(),
      score: match === undefined ? NO_SCORE : formatPoints(match.total),
      note: entry.note,
      first: index === 0,
      last: index === entries.length - 1,
    };
  });
}

export const MAX_LIST_NAME = SAVED_STATE_LIMITS.shortlist.name;

/** Why a shortlist name cannot be used, or null when it can. */
export function listNameProblem(name: string, otherNames: readonly string[]): string | null {
  const trimmed = name.trim();
  if (!trimmed) return tr('shortlist:name.empty');
  if (trimmed.length > MAX_LIST_NAME) return tr('shortlist:name.tooLong', { max: formatNumber(MAX_LIST_NAME, 0) });
  const key = listNameKey(trimmed);
  if (otherNames.some((n) => listNameKey(n) === key)) return tr('shortlist:name.taken');
  return null;
}
