import { useShallow } from 'zustand/react/shallow';
import type { Shortlist } from '@/domain/shortlist';
import { useAppStore } from '@/stores/app-store';
import { useB2bEventStore, type B2bEventState } from '@/stores/b2b-event-store';

// Named selectors of the B2B event store: one home for what the event view reads.

export const selectWorkspace = (s: B2bEventState) => s.workspace;
export const selectRun = (s: B2bEventState) => s.run;
export const selectCanUndo = (s: B2bEventState) => s.undoStack.length > 0;

export const useB2bWorkspace = () => useB2bEventStore(selectWorkspace);
export const useB2bRun = () => useB2bEventStore(selectRun);
export const useB2bCanUndo = () => useB2bEventStore(selectCanUndo);

/** The store's actions (stable functions: never a reason to re-render). */
export const useB2bActions = () =>
  useB2bEventStore(
    useShallow(({ editWorkspace, setRun, setSchedule, undo, reset }) => ({
      editWorkspace,
      setRun,
      setSchedule,
      undo,
      reset,
    })),
  );

const selectShortlists = (s: { shortlists: Shortlist[] }) => s.shortlists;

/** The saved shortlists (the event's participants can be seeded from them). */
export const useSavedShortlists = (): Shortlist[] => useAppStore(selectShortlists);
