import { parseServedCoreSteps } from '@/data/dataset-version';
import { CORE_FILES, type DatasetFileName, type ParsedDataset, type RawCore } from '@/data/parse-dataset';
import { detailOf, fileFailure, type LoadStep } from '@/data/validate';
import { tr } from '@/i18n/i18n';

// The served files' bytes to the validated dataset: the same steps in the dataset worker and, where
// there is no worker (tests, old browsers), on the page.

function parseJson(file: string, bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw fileFailure(file, tr('data:load.notJson', { detail: detailOf(error, () => tr('data:load.parseError')) }));
  }
}

/** Each of `files`' bytes, in that order, parsed as JSON (a file that is not is a DatasetFileError). */
export function parseFilesJson<F extends DatasetFileName>(
  files: readonly F[],
  bytes: readonly ArrayBuffer[],
): Record<F, unknown> {
  const served = {} as Record<F, unknown>;
  files.forEach((file, i) => (served[file] = parseJson(file, bytes[i] as ArrayBuffer)));
  return served;
}

/** The first screen's files' bytes, in CORE_FILES order, parsed as JSON. */
export function parseServedBytes(bytes: readonly ArrayBuffer[]): RawCore {
  return parseFilesJson(CORE_FILES, bytes);
}

/** Each file's bytes parsed, checked as one version and validated. */
export function* parseServedBytesSteps(bytes: readonly ArrayBuffer[]): Generator<LoadStep, ParsedDataset> {
  return yield* parseServedCoreSteps(parseServedBytes(bytes));
}
