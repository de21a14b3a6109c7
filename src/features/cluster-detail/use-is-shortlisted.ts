import { useAppStore } from '@/stores/app-store';

export function useIsShortlisted(clusterId: string): boolean {
  return useAppStore(
    (s) =>
      s.shortlists.find((l) => l.id === s.activeShortlistId)?.entries.some((e) => e.clusterId === clusterId) ?? false,
  );
}
