import {
  DATASET_FILES,
  parseDatasetSteps,
  type DatasetFileName,
  type ParsedDataset,
  type RawDataset,
} from '@/data/parse-dataset';
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
 * Checks that every served file is of the version meta.json names and returns the bodies for
 * `parseDataset`; throws DatasetVersionError (naming each file's version) when they disagree.
 */
export function unwrapDataset(served: RawDataset): RawDataset {
  const expected = validateObject('meta.json', served['meta.json'], metaSchema).version;
  const versions: FileVersion[] = [];
  const bodies = {} as RawDataset;
  for (const file of DATASET_FILES) {
    const { version, body } = unwrapFile(file, served[file]);
    versions.push({ file, version: file === 'meta.json' ? expected : version });
    bodies[file] = body;
  }
  if (versions.some((v) => v.version !== expected)) throw new DatasetVersionError(expected, versions);
  return bodies;
}

/** The served files, checked as one set, then validated (the app's loader and `npm run validate-data`). */
export function parseServedDataset(served: RawDataset): ParsedDataset {
  return runSteps(parseServedDatasetSteps(served));
}

/** The same, in steps (the app's loader yields to the page between them). */
export function parseServedDatasetSteps(served: RawDataset): Generator<LoadStep, ParsedDataset> {
  return parseDatasetSteps(unwrapDataset(served));
}

/** A file's body as it is served, for the version meta.json names (the inverse of `unwrapFile`). */
export function wrapFile(file: DatasetFileName, body: unknown, version: string): unknown {
  if (file === 'meta.json') return body;
  if (OBJECT_FILES.has(file) && isRecord(body)) return { [VERSION_FIELD]: version, ...body };
  return { [VERSION_FIELD]: version, [RECORDS_FIELD]: body };
}
