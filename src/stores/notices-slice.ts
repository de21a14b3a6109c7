import { removalMessage, undoEntryFailedMessage, type Removal } from '@/domain/removal';
import type { Wording } from '@/i18n/i18n';
import type { AppSlice } from '@/stores/app-store';

export interface Notice {
  id: number;
  kind: 'storage' | 'url' | 'import' | 'undo';
  /** Worded when shown, in the language active then; for a removal the view names the clusters. */
  message: Wording;
  /** What the notice's Undo puts back; such a notice stays until the user acts on it. */
  removal?: Removal;
}

export interface NoticesSlice {
  notices: Notice[];
  addNotice: (kind: Notice['kind'], message: Wording) => void;
  dismissNotice: (id: number) => void;
  addRemovalNotice: (removal: Removal) => void;
  /** Puts back what the notice's removal took, then drops the notice. */
  undoNotice: (id: number) => void;
}

// Outside the state, so a store reset (tests do one per test) never hands out an id twice.
let noticeId = 0;

export const createNoticesSlice: AppSlice<NoticesSlice> = (set, get) => ({
  notices: [],
  addNotice: (kind, message) => set((s) => ({ notices: [...s.notices, { id: ++noticeId, kind, message }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  addRemovalNotice: (removal) =>
    set((s) => ({
      notices: [
        ...s.notices,
        { id: ++noticeId, kind: 'undo', message: () => removalMessage(removal, (id) => id), removal },
      ],
    })),
  undoNotice: (id) => {
    const removal = get().notices.find((n) => n.id === id)?.removal;
    if (!removal) return;
    if (removal.kind === 'list') get().restoreShortlist(removal.list, removal.index);
    else if (!get().restoreEntry(removal.listId, removal.entry, removal.index)) {
      // Kept, so it still works once the list's own deletion is undone.
      get().addNotice('undo', () => undoEntryFailedMessage(removal.listName));
      return;
    }
    get().dismissNotice(id);
  },
});
