import type { AppSlice } from '@/stores/app-store';

export interface Notice {
  id: number;
  kind: 'storage' | 'url' | 'import';
  message: string;
}

export interface NoticesSlice {
  notices: Notice[];
  addNotice: (kind: Notice['kind'], message: string) => void;
  dismissNotice: (id: number) => void;
}

// Outside the state, so a store reset (tests do one per test) never hands out an id twice.
let noticeId = 0;

export const createNoticesSlice: AppSlice<NoticesSlice> = (set) => ({
  notices: [],
  addNotice: (kind, message) => set((s) => ({ notices: [...s.notices, { id: ++noticeId, kind, message }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
