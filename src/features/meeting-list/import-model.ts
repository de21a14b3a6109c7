import { plural } from '@/domain/prose';
import type { Shortlist } from '@/domain/shortlist';

/**
 * The import notice: the list's name as added (a second "Colleague list" becomes "Colleague list (2)")
 * and how many of its clusters the current dataset no longer has (kept, as saved lists keep them).
 */
export function importedMessage(file: Shortlist, addedName: string, unknown: number): string {
  const renamed = addedName === file.name ? '' : ` as "${addedName}" (a shortlist of that name exists)`;
  const text = `Imported the shortlist "${file.name}"${renamed} with ${plural(file.entries.length, 'cluster')}.`;
  if (unknown === 0) return text;
  const [is, it] = unknown === 1 ? ['is', 'it stays'] : ['are', 'they stay'];
  return `${text} ${plural(unknown, 'cluster')} ${is} not in the current dataset; ${it} on the list, marked "not in the current dataset".`;
}
