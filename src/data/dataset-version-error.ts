import type { DatasetFileName } from '@/data/parse-dataset';
import { DatasetFileError, type DataProblem } from '@/data/validate';

// Apart from the version check (src/data/dataset-version.ts) so the broken-dataset panel can tell
// this error by its class without bringing the dataset's schemas to the first screen.

/** The field of each served file that names its dataset version. */
export const VERSION_FIELD = 'datasetVersion';

/** A file and the dataset version it says it is of. */
export interface FileVersion {
  file: DatasetFileName;
  /** null when the file says nothing about its version (e.g. a copy from before versioning). */
  version: string | null;
}

export function versionText(version: string | null): string {
  return version === null ? 'no dataset version' : `version ${version}`;
}

/** Some files are of another dataset version than meta.json names: the set is refused as a whole. */
export class DatasetVersionError extends DatasetFileError {
  /** The version meta.json names. */
  readonly expected: string;
  /** Every file with the version it says it is of, meta.json first. */
  readonly versions: FileVersion[];
  constructor(expected: string, versions: FileVersion[]) {
    const problems: DataProblem[] = versions
      .filter((v) => v.file !== 'meta.json' && v.version !== expected)
      .map(({ file, version }) => ({
        file,
        path: VERSION_FIELD,
        message: `is of ${versionText(version)}, but meta.json names dataset version ${expected}`,
        recordId: null,
      }));
    super(problems[0]?.file ?? 'meta.json', problems);
    this.name = 'DatasetVersionError';
    this.expected = expected;
    this.versions = versions;
  }

  /** The files that are not of the version meta.json names. */
  get mismatched(): FileVersion[] {
    return this.versions.filter((v) => v.version !== this.expected);
  }
}
