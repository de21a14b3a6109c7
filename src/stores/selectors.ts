import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ShortlistEntry } from '@/domain/event';
import { hasCluster, type Shortlist } from '@/domain/shortlist';
import { useAppStore, type AppState } from '@/stores/app-store';
import type { SavedShortlists } from '@/stores/saved-shortlists';

// Named selectors: one home for what the views read, so a change of the state's shape stays here.

/** One empty list for every store without an open shortlist, so selectors return a stable value. */
const NO_ENTRIES: ShortlistEntry[] = [];

export const selectActiveShortlist = (s: SavedShortlists): Shortlist | null =>
  s.shortlists.find((l) => l.id === s.activeShortlistId) ?? null;

export const selectActiveEntries = (s: SavedShortlists): ShortlistEntry[] =>
  selectActiveShortlist(s)?.entries ?? NO_ENTRIES;

export type RankingInputs = Pick<
  AppState,
  'profile' | 'weights' | 'expiredLabelFactor' | 'filters' | 'includeOtherSectors'
>;

export const selectRankingInputs = (s: AppState): RankingInputs => ({
  profile: s.profile,
  weights: s.weights,
  expiredLabelFactor: s.expiredLabelFactor,
  filters: s.filters,
  includeOtherSectors: s.includeOtherSectors,
});

export const selectIncludeOtherSectors = (s: AppState): boolean => s.includeOtherSectors;

/** The open shortlist, or null when there is none yet. */
export const useActiveShortlist = (): Shortlist | null => useAppStore(selectActiveShortlist);

/** The open shortlist's entries, in meeting order (empty when there is none). */
export const useActiveEntries = (): ShortlistEntry[] => useAppStore(selectActiveEntries);

/** Ids on the open shortlist, as a set for O(1) checks per list item. */
export function useShortlistedIds(): ReadonlySet<string> {
  const entries = useActiveEntries();
  return useMemo(() => new Set(entries.map((e) => e.clusterId)), [entries]);
}

export function useIsShortlisted(clusterId: string): boolean {
  return useAppStore((s) => {
    const list = selectActiveShortlist(s);
    return list !== null && hasCluster(list, clusterId);
  });
}

/** Whether the list also shows clusters outside the chosen and related sectors. */
export const useIncludeOtherSectors = (): boolean => useAppStore(selectIncludeOtherSectors);

/** What the ranking is computed from; a new object only when one of them changed. */
export const useRankingInputs = (): RankingInputs => useAppStore(useShallow(selectRankingInputs));

/**
 * Some fields and actions of the store, re-rendering only when one of them changes:
 * `const { weights, setWeight } = useStorePick('weights', 'setWeight')`.
 */
export function useStorePick<K extends keyof AppState>(...keys: K[]): Pick<AppState, K> {
  return useAppStore(useShallow((s) => Object.fromEntries(keys.map((k) => [k, s[k]])) as Pick<AppState, K>));
}
