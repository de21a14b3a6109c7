import type { MeetingEvent } from '@/domain/event';
import { addEntry, hasCluster, moveEntry, removeEntry, setNote, type Shortlist } from '@/domain/shortlist';
import type { AppSlice } from '@/stores/app-store';
import { restoreLists, type RestoreOutcome } from '@/stores/saved-backups';
import { newShortlist, type SavedShortlists } from '@/stores/saved-shortlists';

/** The named shortlists and which one is open (the only part of the store kept between visits). */
export interface ShortlistsSlice extends SavedShortlists {
  /** The browser refused storage: the shortlists last for this visit only. */
  savingOff: boolean;
  toggleShortlisted: (clusterId: string) => void;
  moveShortlisted: (clusterId: string, delta: number) => void;
  setShortlistNote: (clusterId: string, note: string) => void;
  updateEvent: (patch: Partial<MeetingEvent>) => void;
  createShortlist: (name: string) => void;
  renameShortlist: (name: string) => void;
  deleteShortlist: (id: string) => void;
  setActiveShortlist: (id: string) => void;
  importShortlist: (list: Shortlist) => void;
  /** Adds a backup's lists to the current ones, never replacing one (stores/saved-backups.ts). */
  restoreShortlists: (lists: Shortlist[]) => RestoreOutcome;
}

export const createShortlistsSlice: AppSlice<ShortlistsSlice> = (set, get) => {
  /** Changes the open shortlist, opening a new one first when there is none. */
  const updateActive = (fn: (list: Shortlist) => Shortlist) => {
    const { shortlists, activeShortlistId } = get();
    let lists = shortlists;
    let activeId = activeShortlistId;
    if (!lists.some((l) => l.id === activeId)) {
      const created = newShortlist('My shortlist');
      lists = [...lists, created];
      activeId = created.id;
    }
    set({ shortlists: lists.map((l) => (l.id === activeId ? fn(l) : l)), activeShortlistId: activeId });
  };
  return {
    shortlists: [],
    activeShortlistId: null,
    savingOff: false,
    toggleShortlisted: (clusterId) =>
      updateActive((l) => (hasCluster(l, clusterId) ? removeEntry(l, clusterId) : addEntry(l, clusterId))),
    moveShortlisted: (clusterId, delta) => updateActive((l) => moveEntry(l, clusterId, delta)),
    setShortlistNote: (clusterId, note) => updateActive((l) => setNote(l, clusterId, note)),
    updateEvent: (patch) => updateActive((l) => ({ ...l, event: { ...l.event, ...patch } })),
    createShortlist: (name) => {
      const list = newShortlist(name);
      set((s) => ({ shortlists: [...s.shortlists, list], activeShortlistId: list.id }));
    },
    renameShortlist: (name) => updateActive((l) => ({ ...l, name })),
    deleteShortlist: (id) =>
      set((s) => {
        const shortlists = s.shortlists.filter((l) => l.id !== id);
        return {
          shortlists,
          activeShortlistId: s.activeShortlistId === id ? (shortlists[0]?.id ?? null) : s.activeShortlistId,
        };
      }),
    setActiveShortlist: (id) => set({ activeShortlistId: id }),
    importShortlist: (list) =>
      set((s) => {
        const id = s.shortlists.some((l) => l.id === list.id) ? `${list.id}-${Date.now().toString(36)}` : list.id;
        return { shortlists: [...s.shortlists, { ...list, id }], activeShortlistId: id };
      }),
    restoreShortlists: (lists) => {
      const outcome = restoreLists(get().shortlists, lists);
      set((s) => ({
        shortlists: outcome.shortlists,
        activeShortlistId: s.activeShortlistId ?? outcome.shortlists[0]?.id ?? null,
      }));
      return outcome;
    },
  };
};
