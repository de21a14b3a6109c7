import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { newOwnId } from '@/domain/own-facts/fields';
import * as edit from '@/domain/own-facts/edit';
import { EMPTY_OWN_REPLICA, mergeOwnReplicas, type OwnReplica } from '@/domain/own-facts/replica';
import type { OwnField, OwnFieldValues, OwnOrganisation, OwnStamp } from '@/domain/own-facts/types';
import { useAppStore } from '@/stores/app-store';
import { readOwnState } from '@/stores/own-facts-read';
import { createOwnFactsSync } from '@/stores/own-facts-sync';
import { createSafeStorage } from '@/stores/safe-storage';
import type { StorageReport } from '@/stores/safe-storage-types';
import { STORAGE_TEXT } from '@/stores/storage-messages';

// The user's own facts: a store of their own, under their own key and version (the shortlists' store
// versions itself apart), with the same guard: corrupt or partly invalid copies are backed up and
// reported, never dropped, and several tabs merge instead of overwriting (own-facts-sync.ts).

export const OWN_FACTS_KEY = 'eu-mx-matchmaking:own-facts';
export const OWN_FACTS_VERSION = 1;

/** Where a value comes from, as the user gives it in a form. */
export interface OwnGrounds {
  sourceUrl: string | null;
  note: string | null;
}

export interface OwnFactsState {
  replica: OwnReplica;
  /** Adds an organisation; returns its id ("own-…"). */
  addOrganisation: (values: Partial<OwnFieldValues> & { name: string }, grounds?: OwnGrounds) => string;
  /** Corrects a sourced record's field, or edits a field of an added organisation. */
  setField: <K extends OwnField>(clusterId: string, field: K, value: OwnFieldValues[K], grounds?: OwnGrounds) => void;
  revertField: (clusterId: string, field: OwnField) => void;
  /** Removes an added organisation; returns it, for Undo (restoreOrganisation). */
  removeOrganisation: (id: string) => OwnOrganisation | null;
  restoreOrganisation: (org: OwnOrganisation) => void;
  /** Merges own facts from a workspace file or backup (newer stamps win, nothing newer is lost). */
  mergeIn: (replica: OwnReplica) => void;
}

const NO_GROUNDS: OwnGrounds = { sourceUrl: null, note: null };
const nowIso = () => new Date().toISOString();
const stampOf = (g: OwnGrounds = NO_GROUNDS): OwnStamp => ({ at: nowIso(), sourceUrl: g.sourceUrl, note: g.note });

const report = (r: StorageReport) =>
  queueMicrotask(() => {
    useAppStore.getState().addNotice('storage', r.message);
    if (r.savingOff) useAppStore.setState({ savingOff: true });
  });

/** Why a stored copy cannot be loaded whole (null: it can); the raw text is then set aside first. */
const partly = (state: unknown) => {
  const problems = () => readOwnState(state)?.problems ?? [STORAGE_TEXT.badShape];
  return problems().length ? () => STORAGE_TEXT.leftOut(problems()) : null;
};

const safe = createSafeStorage<unknown>(OWN_FACTS_VERSION, report, undefined, partly);

export const ownFactsStorage = createOwnFactsSync(
  safe,
  OWN_FACTS_VERSION,
  () => useOwnFactsStore.getState().replica,
  (replica) => useOwnFactsStore.setState({ replica }),
);

export const useOwnFactsStore = create<OwnFactsState>()(
  persist(
    (set, get) => ({
      replica: EMPTY_OWN_REPLICA,
      addOrganisation: (values, grounds) => {
        const id = newOwnId();
        set((s) => ({ replica: edit.addOrganisation(s.replica, id, values, stampOf(grounds)) }));
        return id;
      },
      setField: (clusterId, field, value, grounds) =>
        set((s) => ({ replica: edit.setField(s.replica, clusterId, field, value, stampOf(grounds)) })),
      revertField: (clusterId, field) =>
        set((s) => ({ replica: edit.revertField(s.replica, clusterId, field, nowIso()) })),
      removeOrganisation: (id) => {
        const { replica, removed } = edit.removeOrganisation(get().replica, id, nowIso());
        set({ replica });
        return removed;
      },
      restoreOrganisation: (org) => set((s) => ({ replica: edit.restoreOrganisation(s.replica, org, nowIso()) })),
      mergeIn: (replica) => set((s) => ({ replica: mergeOwnReplicas(s.replica, replica) })),
    }),
    {
      name: OWN_FACTS_KEY,
      version: OWN_FACTS_VERSION,
      storage: ownFactsStorage,
      partialize: (s) => s.replica,
      // Version 1 is the first: an older copy cannot exist; the storage sets unknown versions aside.
      migrate: (state) => readOwnState(state)?.replica ?? EMPTY_OWN_REPLICA,
      merge: (persisted, current) => ({
        ...current,
        replica: (persisted as OwnReplica | undefined) ?? EMPTY_OWN_REPLICA,
      }),
    },
  ),
);

/** The user's own facts (stable until one changes): what the overlay lays over the dataset. */
export const useOwnFacts = (): OwnReplica => useOwnFactsStore((s) => s.replica);

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === OWN_FACTS_KEY) ownFactsStorage.receive(e.newValue);
  });
}
