import { NOT_STATED_TEXT } from '@/components/not-stated';
import { formatPoints } from '@/components/format-points';
import type { ShortlistEntry } from '@/domain/event';
import type { Match } from '@/domain/ranking/types';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import type { Cluster, MexicanState } from '@/domain/types';

export interface ShortlistRow {
  clusterId: string;
  order: number;
  name: string;
  /** False when the id is not in the current dataset (an old saved or imported list). */
  known: boolean;
  state: string;
  /** '72' or '—' when the cluster is not in the current ranking (filtered out). */
  score: string;
  note: string;
  first: boolean;
  last: boolean;
}

export const NO_SCORE = '—';

export function buildShortlistRows(
  entries: readonly ShortlistEntry[],
  clusters: readonly Cluster[],
  states: readonly MexicanState[],
  matches: readonly Match[],
): ShortlistRow[] {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const stateNames = new Map(states.map((s) => [s.code, s.name]));
  const scores = new Map(matches.map((m) => [m.cluster.id, m.total]));
  return entries.map((entry, index) => {
    const cluster = byId.get(entry.clusterId);
    const score = scores.get(entry.clusterId);
    return {
      clusterId: entry.clusterId,
      order: index + 1,
      name: cluster?.name ?? entry.clusterId,
      known: cluster !== undefined,
      state: (cluster?.state && stateNames.get(cluster.state)) || NOT_STATED_TEXT,
      score: score === undefined ? NO_SCORE : formatPoints(score),
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
  if (!trimmed) return 'Enter a name for the shortlist.';
  if (trimmed.length > MAX_LIST_NAME) return `Use at most ${MAX_LIST_NAME} characters.`;
  const key = trimmed.toLocaleLowerCase();
  if (otherNames.some((n) => n.trim().toLocaleLowerCase() === key)) return 'Another shortlist already has this name.';
  return null;
}
