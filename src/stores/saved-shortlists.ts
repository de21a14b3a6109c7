import { savedStateSchema, shortlistSchema } from '@/data/schemas/saved-state';
import { formatPath } from '@/data/validate';
import { DEFAULT_EVENT } from '@/domain/event';
import type { Shortlist } from '@/domain/shortlist';

export const STORE_VERSION = 1;
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

export function newShortlist(name: string, id = `list-${Date.now().toString(36)}`): Shortlist {
  return { id, name, entries: [], event: { ...DEFAULT_EVENT, name } };
}

/**
 * Keeps the saved shortlists that validate; the others are returned as messages so the app
 * can say what was set aside (the safe storage keeps the raw data under a backup key, see
 * `savedStateProblems`).
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

/** What of a persisted state cannot be loaded: the whole of it when its shape is wrong, else the invalid shortlists. */
export function savedStateProblems(state: unknown): string[] {
  const saved = savedStateSchema.safeParse(state);
  if (saved.success) return repairShortlists(saved.data.shortlists).problems;
  const issue = saved.error.issues[0];
  return [`the saved state: ${formatPath(issue.path) || '(root)'} ${issue.message}`];
}

/**
 * The valid part of a persisted state (persist's `merge`), or null when none of it can be read.
 * What is left out was already reported and set aside by the safe storage.
 */
export function restoreSaved(persisted: unknown): SavedShortlists | null {
  const saved = savedStateSchema.safeParse(persisted);
  if (!saved.success) return null;
  const { shortlists } = repairShortlists(saved.data.shortlists);
  const activeShortlistId = shortlists.some((l) => l.id === saved.data.activeShortlistId)
    ? saved.data.activeShortlistId
    : (shortlists[0]?.id ?? null);
  return { shortlists, activeShortlistId };
}
