import type { ImportResult } from '@/domain/own-facts/import-run';
import { importReplica } from '@/domain/own-facts/import-replica';
import { useOwnFactsStore } from '@/stores/own-facts-store';

/** OwnImport's onApply for the app: the whole import merged into the user's own facts in one write. */
export function applyImport(result: ImportResult): void {
  const store = useOwnFactsStore.getState();
  store.mergeIn(importReplica(result, store.replica.organisations));
}
