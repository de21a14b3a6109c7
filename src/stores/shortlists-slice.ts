import { distinctListId, placeShortlist } from '@/domain/distinct-list';
import type { EntryOutcome, MeetingEvent, ShortlistEntry } from '@/domain/event';
import {
  addEntry,
  hasCluster,
  moveEntry,
  removeEntry,
  restoreEntry,
  revised,
  setNote,
  setOutcome,
  type Shortlist,
} from '@/domain/shortlist';
import type { AppSlice } from '@/stores/app-store';
import { tr } from '@/i18n/i18n';
import { dashboardProfile } from '@/stores/ranking-inputs-slice';
import { restoreLists, type RestoreOutcome } from '@/stores/saved-backups';
import { newShortlist, type SavedShortlists } from '@/stores/saved-shortlists';

/** The named shortlists and which one is open (the only part of the store kept between visits). */
export interface ShortlistsSlice extends SavedShortlists {
  /** The browser refused storage: the shortlists last for this visit only. */
  savingOff: boolean;
  toggleShortlisted: (clusterId: string) => void;
  moveShortlisted: (clusterId: string, delta: number) => void;
  setShortlistNote: (clusterId: string, note: string) => void;
  /** Marks a meeting of the open list met / not met / follow-up with a note; null clears the mark. */
  setShortlistOutcome: (clusterId: string, outcome: Omit<EntryOutcome, 'at'> | null) => void;
  updateEvent: (patch: Partial<MeetingEvent>) => void;
  createShortlist: (name: string) => void;
  renameShortlist: (name: string) => void;
  deleteShortlist: (id: string) => void;
  setActiveShortlist: (id: string) => void;
  /** Adds the list under an id and a name no other list has; returns it as added. */
  importShortlist: (list: Shortlist) => Shortlist;
  /** Undo of a removed entry: back at its place with its note; false when its list is gone. */
  restoreEntry: (listId: string, entry: ShortlistEntry, index: number) => boolean;
  /** Undo of a deleted list: back at its place, open again. */
  restoreShortlist: (list: Shortlist, index: number) => void;
  /** Adds a backup's lists to the current ones, never replacing one (stores/saved-backups.ts). */
  restoreShortlists: (lists: Shortlist[]) => RestoreOutcome;
  /** The open list keeps the dashboard's profile from now on (its scores no longer follow the dashboard). */
  keepDashboardProfile: () => void;
}

const stamp = () => Date.now().toString(36);

export const createShortlistsSlice: AppSlice<ShortlistsSlice> = (set, get) => {
  // Two lists made in one millisecond would otherwise share an id (and be deleted together).
  const freshList = (name: string) =>
    newShortlist(name, distinctListId(`list-${stamp()}`, new Set(get().shortlists.map((l) => l.id)), stamp()));
  /** Changes the open shortlist, opening a new one first when there is none. */
  const updateActive = (fn: (list: Shortlist) => Shortlist) => {
    const { shortlists, activeShortlistId } = get();
    let lists = shortlists;
    let activeId = activeShortlistId;
    if (!lists.some((l) => l.id === activeId)) {
      const created = freshList(tr('shortlist:defaultName'));
      lists = [...lists, created];
      activeId = created.id;
    }
    set({ shortlists: lists.map((l) => (l.id === activeId ? revised(l, fn(l)) : l)), activeShortlistId: activeId });
  };
  return {
    shortlists: [],
    activeShortlistId: null,
    savingOff: false,
    toggleShortlisted: (clusterId) => {
      const { shortlists, activeShortlistId } = get();
      const list = shortlists.find((l) => l.id === activeShortlistId);
      const index = list ? list.entries.findIndex((e) => e.clusterId === clusterId) : -1;
      // A list is built for the profile its first partner was picked with: it keeps that one.
      const kept = (l: Shortlist) =>
        l.profile || l.entries.length > 0 ? l : { ...l, profile: dashboardProfile(get()) };
      updateActive((l) => (hasCluster(l, clusterId) ? removeEntry(l, clusterId) : addEntry(kept(l), clusterId)));
      if (list && index >= 0) {
        const entry = list.entries[index];
        get().addRemovalNotice({ kind: 'entry', listId: list.id, listName: list.name, entry, index });
      }
    },
    moveShortlisted: (clusterId, delta) => updateActive((l) => moveEntry(l, clusterId, delta)),
    setShortlistNote: (clusterId, note) => updateActive((l) => setNote(l, clusterId, note)),
    setShortlistOutcome: (clusterId, outcome) =>
      updateActive((l) => setOutcome(l, clusterId, outcome, new Date().toISOString())),
    updateEvent: (patch) => updateActive((l) => ({ ...l, event: { ...l.event, ...patch } })),
    createShortlist: (name) => {
      const list = freshList(name);
      set((s) => ({ shortlists: [...s.shortlists, list], activeShortlistId: list.id }));
    },
    renameShortlist: (name) => updateActive((l) => ({ ...l, name })),
    deleteShortlist: (id) => {
      const index = get().shortlists.findIndex((l) => l.id === id);
      const list = get().shortlists[index];
      set((s) => {
        const shortlists = s.shortlists.filter((l) => l.id !== id);
        return {
          shortlists,
          activeShortlistId: s.activeShortlistId === id ? (shortlists[0]?.id ?? null) : s.activeShortlistId,
        };
      });
      if (list) get().addRemovalNotice({ kind: 'list', list, index });
    },
    setActiveShortlist: (id) => set({ activeShortlistId: id }),
    importShortlist: (list) => {
      const placed = placeShortlist(list, get().shortlists, stamp());
      set((s) => ({ shortlists: [...s.shortlists, placed], activeShortlistId: placed.id }));
      return placed;
    },
    restoreEntry: (listId, entry, index) => {
      if (!get().shortlists.some((l) => l.id === listId)) return false;
      set((s) => ({
        shortlists: s.shortlists.map((l) => (l.id === listId ? revised(l, restoreEntry(l, entry, index)) : l)),
      }));
      return true;
    },
    restoreShortlist: (list, index) => {
      const placed = placeShortlist(list, get().shortlists, stamp());
      set((s) => ({
        shortlists: [...s.shortlists.slice(0, index), placed, ...s.shortlists.slice(index)],
        activeShortlistId: placed.id,
      }));
    },
    keepDashboardProfile: () => updateActive((l) => ({ ...l, profile: dashboardProfile(get()) })),
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
