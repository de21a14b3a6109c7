import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { B2bWorkspace } from '@/domain/b2b/participants';
import type { B2bRun } from '@/domain/b2b/run';
import type { B2bSchedule } from '@/domain/b2b/types';
import { defaultWorkspace } from '@/domain/b2b/workspace-edit';
import { useAppStore } from '@/stores/app-store';
import { B2B_STORE_KEY, B2B_STORE_VERSION, b2bLoadProblem, b2bOlderVersions, readB2bSaved } from '@/stores/b2b-saved';
import { createB2bSync } from '@/stores/b2b-sync';
import { createSafeStorage } from '@/stores/safe-storage';
import type { StorageReport } from '@/stores/safe-storage-types';

/** Undo keeps this many earlier schedules (this tab only, not saved). */
export const UNDO_DEPTH = 50;

export interface B2bEventState {
  workspace: B2bWorkspace;
  run: B2bRun | null;
  /** When this workspace last changed (ms): two tabs keep the later one (last writer wins). */
  updatedAt: number;
  /** Earlier runs, latest last. */
  undoStack: Array<B2bRun | null>;
  editWorkspace: (edit: (w: B2bWorkspace) => B2bWorkspace) => void;
  /** A new run (scheduled, or edited by hand); the one it replaces can be undone. */
  setRun: (run: B2bRun) => void;
  setSchedule: (schedule: B2bSchedule) => void;
  undo: () => void;
  reset: () => void;
}

const report = (r: StorageReport) =>
  queueMicrotask(() => {
    useAppStore.getState().addNotice('storage', r.message);
    if (r.savingOff) useAppStore.setState({ savingOff: true });
  });

const safe = createSafeStorage<unknown>(B2B_STORE_VERSION, report, undefined, b2bLoadProblem, b2bOlderVersions());

export const b2bStorage = createB2bSync({ safe, stampOf: () => useB2bEventStore.getState().updatedAt });

// A clock that never goes back within a tab, so the stamp orders this tab's edits.
let lastStamp = 0;
const stamp = () => (lastStamp = Math.max(Date.now(), lastStamp + 1));

export const useB2bEventStore = create<B2bEventState>()(
  persist<B2bEventState, [], [], unknown>(
    (set, get) => ({
      workspace: defaultWorkspace(new Date()),
      run: null,
      updatedAt: 0,
      undoStack: [],
      editWorkspace: (edit) => set((s) => ({ workspace: edit(s.workspace), updatedAt: stamp() })),
      setRun: (run) => set((s) => ({ run, undoStack: [...s.undoStack, s.run].slice(-UNDO_DEPTH), updatedAt: stamp() })),
      setSchedule: (schedule) => {
        const { run, setRun } = get();
        if (run) setRun({ ...run, schedule });
      },
      undo: () =>
        set((s) =>
          s.undoStack.length === 0
            ? s
            : { run: s.undoStack[s.undoStack.length - 1], undoStack: s.undoStack.slice(0, -1), updatedAt: stamp() },
        ),
      reset: () => set({ workspace: defaultWorkspace(new Date()), run: null, undoStack: [], updatedAt: stamp() }),
    }),
    {
      name: B2B_STORE_KEY,
      version: B2B_STORE_VERSION,
      storage: b2bStorage,
      partialize: ({ workspace, run, updatedAt }) => ({ workspace, run, updatedAt }),
      migrate: (state, version) => readB2bSaved(state, version),
      merge: (persisted, current) => {
        const saved = readB2bSaved(persisted, B2B_STORE_VERSION);
        // Another tab's copy replaces this one whole: this tab's undo steps would undo on top of it.
        return saved ? { ...current, ...saved, undoStack: [] } : current;
      },
    },
  ),
);

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if ((e.key === B2B_STORE_KEY || e.key === null) && b2bStorage.isNewer(e.newValue))
      void useB2bEventStore.persist.rehydrate();
  });
}
