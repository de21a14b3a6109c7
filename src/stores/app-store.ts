import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { migratableVersions, migrateSavedState } from '@/stores/migrate-saved-state';
import { createNoticesSlice, type NoticesSlice } from '@/stores/notices-slice';
import { createRankingInputsSlice, type RankingInputsSlice } from '@/stores/ranking-inputs-slice';
import { restoreSaved } from '@/stores/read-saved-state';
import { createSafeStorage } from '@/stores/safe-storage';
import type { StorageReport } from '@/stores/safe-storage-types';
import { STORE_KEY, STORE_VERSION, savedPart } from '@/stores/saved-shortlists';
import { createShortlistSync } from '@/stores/shortlist-sync';
import { partialLoadProblem } from '@/stores/stored-value';
import { createShortlistsSlice, type ShortlistsSlice } from '@/stores/shortlists-slice';
import { STORAGE_TEXT } from '@/stores/storage-messages';
import { createUiSlice, type UiSlice } from '@/stores/ui-slice';

export type AppState = RankingInputsSlice & UiSlice & ShortlistsSlice & NoticesSlice;

/** One slice of the app store; middleware is applied once, to the whole store. */
export type AppSlice<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

const report = (r: StorageReport) =>
  // Reports can arrive while the store is still being created: defer them.
  queueMicrotask(() => {
    useAppStore.getState().addNotice('storage', r.message);
    if (r.savingOff) useAppStore.setState({ savingOff: true });
  });

// What cannot be loaded is reported, and the raw data backed up, by the storage; the rest is loaded.
const safe = createSafeStorage<unknown>(STORE_VERSION, report, undefined, partialLoadProblem, migratableVersions());

/** The saved copy, shared with the other tabs of this browser (docs/architecture.md, "State"). */
export const savedStorage = createShortlistSync({
  safe,
  report,
  apply: (saved) => useAppStore.setState(saved),
});

// The saved state is `unknown` until `merge` has validated it: it may come from hand edits or old builds.
export const useAppStore = create<AppState>()(
  persist<AppState, [], [], unknown>(
    (...a) => ({
      ...createRankingInputsSlice(...a),
      ...createUiSlice(...a),
      ...createShortlistsSlice(...a),
      ...createNoticesSlice(...a),
    }),
    {
      name: STORE_KEY,
      version: STORE_VERSION,
      storage: savedStorage,
      partialize: savedPart,
      // The storage hands over the current version (it migrates, to know the clock); kept for any other caller.
      migrate: (state, version) => migrateSavedState(state, version),
      merge: (persisted, current) => ({ ...current, ...restoreSaved(persisted) }),
    },
  ),
);

/** Saving was turned off and the user freed space: try again now. */
export function resumeSaving(): void {
  safe.resume();
  useAppStore.setState({ savingOff: false });
  savedStorage.flush(STORE_KEY);
  if (!safe.isSavingOff()) useAppStore.getState().addNotice('storage', () => STORAGE_TEXT.savingOn);
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === STORE_KEY || e.key === null) savedStorage.receive(STORE_KEY, e.newValue);
  });
}
