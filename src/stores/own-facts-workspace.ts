// The workspace file: everything this browser keeps for the user in one download (the shortlists'
// saved copy and the user's own facts), and reading it back, checked by the same schemas as the
// stored copies. Importing adds: lists as a backup's Restore does, own facts merged (newer wins).
import type { Shortlist } from '@/domain/shortlist';
import type { OwnReplica } from '@/domain/own-facts/replica';
import { tr } from '@/i18n/i18n';
import { readOwnState } from '@/stores/own-facts-read';
import { readBackup } from '@/stores/saved-backups';

export const WORKSPACE_FORMAT = 'eu-mx-matchmaking-workspace';
export const WORKSPACE_VERSION = 1;

export interface WorkspaceRead {
  lists: Shortlist[];
  own: OwnReplica | null;
  /** What could not be read, one line each. */
  problems: string[];
}

/** The file's text: the shortlists' saved copy as stored (any version) and the own facts. */
export function buildWorkspaceFile(savedShortlists: string | null, own: OwnReplica, now = new Date()): string {
  let shortlists: unknown = null;
  try {
    shortlists = savedShortlists === null ? null : JSON.parse(savedShortlists);
  } catch {
    // An unreadable saved copy is in the Saved data dialog's backups; the file carries the rest.
  }
  const file = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exported: now.toISOString(),
    shortlists,
    ownFacts: own,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function readWorkspaceFile(text: string): WorkspaceRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { lists: [], own: null, problems: [tr('ownFacts:workspace.notJson')] };
  }
  const file = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (file.format !== WORKSPACE_FORMAT)
    return { lists: [], own: null, problems: [tr('ownFacts:workspace.notWorkspace')] };
  if (file.version !== WORKSPACE_VERSION)
    return { lists: [], own: null, problems: [tr('ownFacts:workspace.version', { version: String(file.version) })] };
  const lists = file.shortlists ? readBackup(JSON.stringify(file.shortlists)) : { lists: [], problems: [] };
  const own = file.ownFacts === undefined ? null : readOwnState(file.ownFacts);
  const problems = [...lists.problems, ...(own?.problems ?? [])];
  if (file.ownFacts !== undefined && !own) problems.push(tr('ownFacts:workspace.ownNotObject'));
  return { lists: lists.lists, own: own?.replica ?? null, problems };
}
