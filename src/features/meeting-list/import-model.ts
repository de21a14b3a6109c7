import { formatNumber } from '@/domain/format';
import type { Shortlist } from '@/domain/shortlist';
import { tr } from '@/i18n/i18n';

/**
 * The import notice: the list's name as added (a second "Colleague list" becomes "Colleague list (2)"),
 * how many of its clusters the current dataset no longer has (kept, as saved lists keep them), and
 * whether it came without a profile (a file from before lists kept theirs: it follows the dashboard).
 */
export function importedMessage(file: Shortlist, addedName: string, unknown: number): string {
  const entries = file.entries.length;
  const n = formatNumber(entries, 0);
  const text =
    addedName === file.name
      ? tr('meetings:imported.done', { count: entries, n, name: file.name })
      : tr('meetings:imported.renamed', { count: entries, n, name: file.name, added: addedName });
  const parts = [text];
  if (unknown > 0) parts.push(tr('meetings:imported.unknown', { count: unknown, n: formatNumber(unknown, 0) }));
  if (!file.profile && entries > 0) parts.push(tr('workspace:imported.noProfile'));
  return parts.join(' ');
}
