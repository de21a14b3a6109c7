import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { migratableVersions, migrateSavedState } from '@/stores/migrate-saved-state';
import { createNoticesSlice, type NoticesSlice } from '@/stores/notices-slice';
import { createRankingInputsSlice, type RankingInputsSlice } from '@/stores/ranking-inputs-slice';
import { createSafeStorage } from '@/stores/safe-storage';
import { STORE_KEY, STORE_VERSION, restoreSaved, savedPart, savedStateProblems } from '@/stores/saved-shortlists';
import { createShortlistsSlice, type ShortlistsSlice } from '@/stores/shortlists-slice';
import { createUiSlice, type UiSlice } from '@/stores/ui-slice';

export type AppState = RankingInputsSlice & UiSlice & ShortlistsSlice & NoticesSlice;

/** One slice of the app store; middleware is applied once, to the whole store. */
export type AppSlice<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

const storage = createSafeStorage<unknown>(
  STORE_VERSION,
  (r) =>
    // Reports can arrive while the store is still being created: defer them.
    queueMicrotask(() => {
      useAppStore.getState().addNotice('storage', r.message);
      if (r.savingOff) useAppStore.setState({ savingOff: true });
    }),
  undefined,
  // Reported (and the raw data backed up) by the storage; `merge` then loads the rest.
  (state, version) => {
    const problems = savedStateProblems(migrateSavedState(state, version));
    return problems.length
      ? `Some saved shortlists could not be read and were left out: ${problems.join('; ')}.`
      : null;
  },
  migratableVersions(),
);

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
      storage,
      partialize: savedPart,
      migrate: (state, version) => migrateSavedState(state, version),
      merge: (persisted, current) => ({ ...current, ...restoreSaved(persisted) }),
      // persist does not write what it loads: note it as saved, so the first change elsewhere
      // in the store (a sector ticked) does not rewrite it.
      onRehydrateStorage: () => (state) => {
        if (state) storage.markSaved(STORE_KEY, { state: savedPart(state), version: STORE_VERSION });
      },
    },
  ),
);
