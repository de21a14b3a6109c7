import { useSyncExternalStore } from 'react';
import { loadProgress } from '@/data/load-progress';
import type { LoadStep } from '@/data/validate';

/** How far the dataset loader is (null while fetching, or when it finished in one go). */
export function useLoadProgress(): LoadStep | null {
  return useSyncExternalStore(loadProgress.subscribe, loadProgress.get);
}
