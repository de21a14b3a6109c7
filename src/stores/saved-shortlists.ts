import { shortlistSchema } from '@/data/schemas/saved-state';
import { formatPath } from '@/data/validate';
import { defaultEvent } from '@/domain/event';
import type { Shortlist } from '@/domain/shortlist';

/**
 * Version 2 added the clock that lets tabs merge their changes (`rev`, `clock`); version 3 lets a
 * list keep its own profile and carry its `revision`; version 4 lets an entry carry its meeting's
 * outcome (a tab of an older build must not read a list it cannot keep whole: its strict schema
 * would drop the outcomes).
 */
export const STORE_VERSION = 4;
export const STORE_KEY = 'eu-mx-matchmaking';

/** What the browser keeps between visits. */
export interface SavedShortlists {
  shortlists: Shortlist[];
  activeShortlistId: string | null;
}

/** The part of the store that is saved (persist's `partialize`). */
export function savedPart({ shortlists, activeShortlistId }: SavedShortlists): SavedShortlists {
  return { shortlists, activeShortlistId };
}

/** A new list id; the random part keeps two tabs that make a list in the same millisecond apart. */
export function newListId(): string {
  return `list-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function newShortlist(name: string, id = newListId()): Shortlist {
  return { id, name, entries: [], event: { ...defaultEvent(), name } };
}

/**
 * Keeps the saved shortlists that validate; the others are returned as messages so the app
 * can say what was set aside (the safe storage keeps the raw data under a backup key, see
 * `savedStateProblems` in stores/read-saved-state.ts).
 */
export function repairShortlists(raw: unknown): { shortlists: Shortlist[]; problems: string[] } {
  if (!Array.isArray(raw)) return { shortlists: [], problems: ['the saved shortlists were not a list'] };
  const shortlists: Shortlist[] = [];
  const problems: string[] = [];
  raw.forEach((item: unknown, index) => {
    const result = shortlistSchema.safeParse(item);
    if (result.success) shortlists.push(result.data);
    else {
      const issue = result.error.issues[0];
      problems.push(`shortlist ${index + 1}: ${formatPath(issue.path) || '(root)'} ${issue.message}`);
    }
  });
  return { shortlists, problems };
}
