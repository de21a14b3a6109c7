import { shortlistSchema } from '@/data/schemas/saved-state';
import { formatPath } from '@/data/validate';
import { DEFAULT_EVENT } from '@/domain/event';
import type { Shortlist } from '@/domain/shortlist';

export const STORE_VERSION = 1;
export const STORE_KEY = 'eu-mx-matchmaking';

export function newShortlist(name: string, id = `list-${Date.now().toString(36)}`): Shortlist {
  return { id, name, entries: [], event: { ...DEFAULT_EVENT, name } };
}

/**
 * Keeps the saved shortlists that validate; the others are returned as messages so the app
 * can say what was set aside (the raw data stays in storage under a backup key).
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
