import {
  ANNEX_FILES,
  CORE_FILES,
  DATASET_FILES,
  parseAnnex,
  parseCoreSteps,
  parseDatasetSteps,
  type DatasetFileName,
  type ParsedAnnex,
  type ParsedDataset,
  type ParsedFull,
  type RawAnnex,
  type RawCore,
  type RawDataset,
} from '@/data/parse-dataset';
import type { Dataset } from '@/domain/types';
import { metaSchema } from '@/data/schemas/meta';
import { runSteps } from '@/domain/steps';
import { DatasetVersionError, VERSION_FIELD, type FileVersion } from '@/data/dataset-version-error';
import { DatasetFileError, describe, validateObject, type LoadStep } from '@/data/validate';

// The dataset is published as one set: meta.json's `version` names it, and every other file says
// which set it belongs to (`datasetVersion`). A file of another set (a copy an HTTP cache kept, a
// publication still in progress) would otherwise be read next to the new ones: references between
// them break and the Data quality panel reports problems nobody made.

/** How a list file is served: `{ "datasetVersion": "1.0.0", "records": [ … ] }`. */
export const RECORDS_FIELD = 'records';

/** Files whose body is an object of lists themselves, not a list: they carry the version beside their lists. */
const OBJECT_FILES: ReadonlySet<DatasetFileName> = new Set(['eu.json']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The version a served file says it is of, and its body as `parseDataset` reads it. */
export function unwrapFile(file: DatasetFileName, served: unknown): { version: string | null; body: unknown } {
  if (file === 'meta.json') return { version: null, body: served };
  // A bare list is a file from before the dataset was versioned: of no version, not broken.
  if (Array.isArray(served)) return { version: null, body: served };
  if (!isRecord(served)) {
    throw new DatasetFileError(file, [
      {
        file,
        path: '(root)',
        message: `expected an object with "${VERSION_FIELD}", got ${describe(served)}`,
        recordId: null,
      },
    ]);
  }
  const { [VERSION_FIELD]: version, ...rest } = served;
  const named = typeof version === 'string' ? version : null;
  if (OBJECT_FILES.has(file)) return { version: named, body: rest };
  if (!(RECORDS_FIELD in served)) {
    throw new DatasetFileError(file, [
      {
        file,
        path: RECORDS_FIELD,
        message: `expected the list of records under "${RECORDS_FIELD}", got ${describe(served[RECORDS_FIELD])}`,
        recordId: null,
      },
    ]);
  }
  return { version: named, body: served[RECORDS_FIELD] };
}

/**
 * Checks that each of `files` is of the version `expected` (meta.json's) and returns their bodies;
 * throws DatasetVersionError (naming each file's version) when they disagree.
 */
function unwrapFiles<F extends DatasetFileName>(
  files: readonly F[],
  served: Record<F, unknown>,
  expected: string,
): Record<F, unknown> {
  const versions: FileVersion[] = [];
  const bodies = {} as Record<F, unknown>;
  for (const file of files) {
    const { version, body } = unwrapFile(file, served[file]);
    versions.push({ file, version: file === 'meta.json' ? expected : version });
    bodies[file] = body;
  }
  if (versions.some((v) => v.version !== expected)) throw new DatasetVersionError(expected, versions);
  return bodies;
}

const versionOf = (served: { 'meta.json': unknown }) =>
  validateObject('meta.json', served['meta.json'], metaSchema).version;

/** Every served file, checked as one set (see unwrapFiles), for `parseDataset`. */
export function unwrapDataset(served: RawDataset): RawDataset {
  return unwrapFiles(DATASET_FILES, served, versionOf(served));
}

/** Every served file, checked as one set, then validated (`npm run validate-data`, scripts, tests). */
export function parseServedDataset(served: RawDataset): ParsedFull {
  return runSteps(parseDatasetSteps(unwrapDataset(served)));
}

/** The first screen's served files, checked as one set, then validated in steps (the app's loader). */
export function parseServedCoreSteps(served: RawCore): Generator<LoadStep, ParsedDataset> {
  return parseCoreSteps(unwrapFiles(CORE_FILES, served, versionOf(served)));
}

/** Policies and context as served, checked to be of the first screen's version, then validated. */
export function parseServedAnnex(served: RawAnnex, core: Dataset): ParsedAnnex {
  return parseAnnex(unwrapFiles(ANNEX_FILES, served, core.meta.version), core);
}

/** A file's body as it is served, for the version meta.json names (the inverse of `unwrapFile`). */
export function wrapFile(file: DatasetFileName, body: unknown, version: string): unknown {
  if (file === 'meta.json') return body;
  if (OBJECT_FILES.has(file) && isRecord(body)) return { [VERSION_FIELD]: version, ...body };
  return { [VERSION_FIELD]: version, [RECORDS_FIELD]: body };
}
