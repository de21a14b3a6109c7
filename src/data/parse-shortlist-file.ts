import type { z } from 'zod/mini';
import { shortlistFileSchema } from '@/data/schemas/saved-state';
import type { Assert, Equals } from '@/data/type-equals';
import { formatPath } from '@/data/validate';
import type { Shortlist } from '@/domain/shortlist';
import { tr } from '@/i18n/i18n';

export const SHORTLIST_FILE_FORMAT = 'eu-mexico-shortlist';
const MB = 1024 * 1024;
export const MAX_IMPORT_BYTES = 5 * MB;

/**
 * Version 2 carries the list's own profile, so a colleague sees the same scores; version 3 the
 * meetings' outcomes (an older build then says the file is newer instead of naming a field it does
 * not know). Version 1 and 2 files still load: they are version 3 files without those fields.
 */
export const SHORTLIST_FILE_VERSION = 3;

export interface ShortlistFile {
  format: typeof SHORTLIST_FILE_FORMAT;
  version: 1 | 2 | typeof SHORTLIST_FILE_VERSION;
  exportedAt: string;
  shortlist: Shortlist;
}

/** The schema reads exactly a ShortlistFile: a field on one side alone fails `tsc -b`. */
export type ShortlistFileSchemaReadsShortlistFile = Assert<Equals<z.output<typeof shortlistFileSchema>, ShortlistFile>>;

export interface ImportProblem {
  /** JSON path inside the file, e.g. `shortlist.entries[2].clusterId`; '(file)' for the file as a whole. */
  path: string;
  message: string;
}

export type ShortlistFileResult =
  | {
      ok: true;
      shortlist: Shortlist;
      /** Entries kept although the dataset no longer has them, as saved lists keep them. */
      unknownClusterIds: string[];
    }
  | { ok: false; problems: ImportProblem[] };

const FILE = '(file)';
const fail = (message: string, path = FILE): ShortlistFileResult => ({ ok: false, problems: [{ path, message }] });

function utf8Bytes(text: string): number {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so long strings are refused without encoding them.
  return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

export function tooLargeMessage(bytes: number): string {
  // Always one decimal ('5.0 MB'); English and Mexican Spanish both write a decimal point.
  return tr('data:import.tooLarge', { size: (bytes / MB).toFixed(1), max: MAX_IMPORT_BYTES / MB });
}

/**
 * Validates a shortlist file a colleague exported. Never throws: every problem comes back with its
 * JSON path, so the caller can show them all and change nothing.
 */
export function parseShortlistFile(text: string, knownClusterIds: ReadonlySet<string>): ShortlistFileResult {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_IMPORT_BYTES) return fail(tooLargeMessage(bytes));
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(tr('data:import.empty'));
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return fail(
      error instanceof Error ? tr('data:import.notJsonDetail', { detail: error.message }) : tr('data:import.notJson'),
    );
  }
  const parsed = shortlistFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path) || '(root)',
        message: issue.message,
      })),
    };
  }
  const { shortlist } = parsed.data;
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  shortlist.entries.forEach((entry, index) => {
    const path = `shortlist.entries[${index}].clusterId`;
    if (seen.has(entry.clusterId))
      problems.push({ path, message: tr('data:import.listedTwice', { id: entry.clusterId }) });
    seen.add(entry.clusterId);
  });
  if (problems.length > 0) return { ok: false, problems };
  // A cluster that left the dataset stays on the list (the app's own backup must load back).
  const unknownClusterIds = [...seen].filter((id) => !knownClusterIds.has(id));
  return { ok: true, shortlist, unknownClusterIds };
}

/** The file `parseShortlistFile` reads back: pretty-printed so a colleague can look inside. */
export function serializeShortlistFile(shortlist: Shortlist, exportedAt: string): string {
  const file: ShortlistFile = { format: SHORTLIST_FILE_FORMAT, version: SHORTLIST_FILE_VERSION, exportedAt, shortlist };
  return `${JSON.stringify(file, null, 2)}\n`;
}
