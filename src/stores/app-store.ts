import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { savedStateSchema } from '@/data/schemas/saved-state';
import {
  DEFAULT_WEIGHTS,
  EMPTY_FILTERS,
  WEIGHT_PRESETS,
  defaultProfile,
  type CriterionId,
  type Filters,
  type Profile,
  type Weights,
} from '@/domain/profile';
import type { MeetingEvent } from '@/domain/event';
import { addEntry, moveEntry, removeEntry, setNote, type Shortlist } from '@/domain/shortlist';
import { createSafeStorage } from '@/stores/safe-storage';
import {
  STORE_KEY,
  STORE_VERSION,
  newShortlist,
  repairShortlists,
  savedStateProblems,
} from '@/stores/saved-shortlists';

export interface Notice {
  id: number;
  kind: 'storage' | 'url' | 'import';
  message: string;
}

export const MAX_COMPARE = 4;
export type View = 'dashboard' | 'meetings';
export const DEFAULT_EXPIRED_FACTOR = 0.5;

export interface AppState {
  profile: Profile;
  weights: Weights;
  presetId: string | null;
  expiredLabelFactor: number;
  filters: Filters;
  selectedId: string | null;
  compareIds: string[];
  presenting: boolean;
  view: View;
  shortlists: Shortlist[];
  activeShortlistId: string | null;
  savingOff: boolean;
  notices: Notice[];
  setProfile: (patch: Partial<Profile>) => void;
  setWeight: (id: CriterionId, value: number) => void;
  applyPreset: (presetId: string) => void;
  setExpiredLabelFactor: (value: number) => void;
  setFilters: (patch: Partial<Filters>) => void;
  clearFilters: () => void;
  select: (clusterId: string | null) => void;
  toggleCompare: (clusterId: string) => void;
  clearCompare: () => void;
  setPresenting: (on: boolean) => void;
  setView: (view: View) => void;
  toggleShortlisted: (clusterId: string) => void;
  moveShortlisted: (clusterId: string, delta: number) => void;
  setShortlistNote: (clusterId: string, note: string) => void;
  updateEvent: (patch: Partial<MeetingEvent>) => void;
  createShortlist: (name: string) => void;
  renameShortlist: (name: string) => void;
  deleteShortlist: (id: string) => void;
  setActiveShortlist: (id: string) => void;
  importShortlist: (list: Shortlist) => void;
  addNotice: (kind: Notice['kind'], message: string) => void;
  dismissNotice: (id: number) => void;
}

let noticeId = 0;
const today = () => new Date().toISOString().slice(0, 10);

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => {
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
        profile: defaultProfile(today()),
        weights: DEFAULT_WEIGHTS,
        presetId: 'balanced',
        expiredLabelFactor: DEFAULT_EXPIRED_FACTOR,
        filters: EMPTY_FILTERS,
        selectedId: null,
        compareIds: [],
        presenting: false,
        view: 'dashboard',
        shortlists: [],
        activeShortlistId: null,
        savingOff: false,
        notices: [],
        setProfile: (patch) => set((s) => ({ profile: { ...s.profile, ...patch } })),
        setWeight: (id, value) => set((s) => ({ weights: { ...s.weights, [id]: value }, presetId: null })),
        applyPreset: (presetId) => {
          const preset = WEIGHT_PRESETS.find((p) => p.id === presetId);
          if (preset) set({ weights: preset.weights, presetId });
        },
        setExpiredLabelFactor: (value) => set({ expiredLabelFactor: Math.min(1, Math.max(0, value)) }),
        setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
        clearFilters: () => set({ filters: EMPTY_FILTERS }),
        select: (clusterId) => set({ selectedId: clusterId }),
        toggleCompare: (clusterId) =>
          set((s) => {
            if (s.compareIds.includes(clusterId)) return { compareIds: s.compareIds.filter((id) => id !== clusterId) };
            return s.compareIds.length >= MAX_COMPARE ? s : { compareIds: [...s.compareIds, clusterId] };
          }),
        clearCompare: () => set({ compareIds: [] }),
        setPresenting: (on) => set({ presenting: on }),
        setView: (view) => set({ view }),
        toggleShortlisted: (clusterId) =>
          updateActive((l) =>
            l.entries.some((e) => e.clusterId === clusterId) ? removeEntry(l, clusterId) : addEntry(l, clusterId),
          ),
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
        addNotice: (kind, message) => set((s) => ({ notices: [...s.notices, { id: ++noticeId, kind, message }] })),
        dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      };
    },
    {
      name: STORE_KEY,
      version: STORE_VERSION,
      storage: createSafeStorage(
        STORE_VERSION,
        (r) =>
          // Reports can arrive while the store is still being created: defer them.
          queueMicrotask(() => {
            useAppStore.getState().addNotice('storage', r.message);
            if (r.savingOff) useAppStore.setState({ savingOff: true });
          }),
        undefined,
        // Reported (and the raw data backed up) by the storage; `merge` then loads the rest.
        (state) => {
          const problems = savedStateProblems(state);
          return problems.length
            ? `Some saved shortlists could not be read and were left out: ${problems.join('; ')}.`
            : null;
        },
      ),
      partialize: (s) => ({ shortlists: s.shortlists, activeShortlistId: s.activeShortlistId }),
      merge: (persisted, current) => {
        const saved = savedStateSchema.safeParse(persisted);
        if (!saved.success) return current;
        const { shortlists } = repairShortlists(saved.data.shortlists);
        const activeShortlistId = shortlists.some((l) => l.id === saved.data.activeShortlistId)
          ? saved.data.activeShortlistId
          : (shortlists[0]?.id ?? null);
        return { ...current, shortlists, activeShortlistId };
      },
    },
  ),
);
