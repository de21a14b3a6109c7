import { parseServedDatasetSteps } from '@/data/dataset-version';
import { DATASET_FILES, type ParsedDataset, type RawDataset } from '@/data/parse-dataset';
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

/** Each file's bytes, in DATASET_FILES order, parsed as JSON (a file that is not is a DatasetFileError). */
export function parseServedBytes(bytes: readonly ArrayBuffer[]): RawDataset {
  const served = {} as RawDataset;
  DATASET_FILES.forEach((file, i) => (served[file] = parseJson(file, bytes[i] as ArrayBuffer)));
  return served;
}

/** Each file's bytes parsed, checked as one version and validated. */
export function* parseServedBytesSteps(bytes: readonly ArrayBuffer[]): Generator<LoadStep, ParsedDataset> {
  return yield* parseServedDatasetSteps(parseServedBytes(bytes));
}
