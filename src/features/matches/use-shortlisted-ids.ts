import { useMemo } from 'react';
import { useAppStore } from '@/stores/app-store';

const NONE: readonly { clusterId: string }[] = [];

/** Ids on the active shortlist, as a set for O(1) checks per list item. */
export function useShortlistedIds(): ReadonlySet<string> {
  const entries = useAppStore((s) => s.shortlists.find((l) => l.id === s.activeShortlistId)?.entries ?? NONE);
  return useMemo(() => new Set(entries.map((e) => e.clusterId)), [entries]);
}
