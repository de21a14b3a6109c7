import { DEFAULT_LOCALE, type Locale } from '@/i18n/i18n';
import type { AppSlice } from '@/stores/app-store';

export const MAX_COMPARE = 4;
export type View = 'dashboard' | 'meetings' | 'event';

/** Where the user is: the chosen cluster, the comparison, presentation mode and the view. */
export interface UiSlice {
  selectedId: string | null;
  compareIds: string[];
  presenting: boolean;
  view: View;
  /** The active language; its catalog is loaded before it is set (src/app/language.ts). */
  language: Locale;
  /** The "Saved data" dialog (backups, download, restore) is open. */
  savedDataOpen: boolean;
  select: (clusterId: string | null) => void;
  toggleCompare: (clusterId: string) => void;
  clearCompare: () => void;
  setPresenting: (on: boolean) => void;
  setView: (view: View) => void;
  setLanguage: (language: Locale) => void;
  setSavedDataOpen: (open: boolean) => void;
}

export const createUiSlice: AppSlice<UiSlice> = (set) => ({
  selectedId: null,
  compareIds: [],
  presenting: false,
  view: 'dashboard',
  language: DEFAULT_LOCALE,
  savedDataOpen: false,
  select: (clusterId) => set({ selectedId: clusterId }),
  toggleCompare: (clusterId) =>
    set((s) => {
      if (s.compareIds.includes(clusterId)) return { compareIds: s.compareIds.filter((id) => id !== clusterId) };
      return s.compareIds.length >= MAX_COMPARE ? s : { compareIds: [...s.compareIds, clusterId] };
    }),
  clearCompare: () => set({ compareIds: [] }),
  setPresenting: (on) => set({ presenting: on }),
  setView: (view) => set({ view }),
  setLanguage: (language) => set({ language }),
  setSavedDataOpen: (open) => set({ savedDataOpen: open }),
});
