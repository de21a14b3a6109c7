// @vitest-environment node
// Issue 14, item 8: the dataset is one versioned set; files of different versions are never mixed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseServedDataset, unwrapDataset, unwrapFile, wrapFile } from '@/data/dataset-version';
import { DatasetVersionError } from '@/data/dataset-version-error';
import { DATASET_FILES, type DatasetFileName, type RawDataset } from '@/data/parse-dataset';
import { DatasetFileError } from '@/data/validate';
import { rawFixture } from '../fixtures/raw-files';
import { readServedFile } from '../fixtures/public-data';

const SOURCE = { doc: 'briefing-2019', section: 'Table 2' };

/** The fixture as it is served, every file of `version` (what meta.json names) unless overridden. */
function served(version = 'test', overrides: Partial<Record<DatasetFileName, string | null>> = {}): RawDataset {
  const raw = rawFixture();
  const out = {} as RawDataset;
  for (const file of DATASET_FILES) {
    const own = overrides[file];
    const body = file === 'meta.json' ? { ...(raw[file] as object), version } : raw[file];
    out[file] = own === null ? body : wrapFile(file, body, own ?? version);
  }
  return out;
}

function versionError(files: RawDataset): DatasetVersionError {
  try {
    unwrapDataset(files);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetVersionError);
    return error as DatasetVersionError;
  }
  throw new Error('the set was accepted');
}

describe('the served dataset is one version', () => {
  it('public/data: every file carries the version meta.json names', () => {
    const { version } = readServedFile('meta.json') as { version: string };
    for (const file of DATASET_FILES.filter((f) => f !== 'meta.json')) {
      expect((readServedFile(file) as { datasetVersion?: string }).datasetVersion, file).toBe(version);
    }
    const all = {} as RawDataset;
    for (const file of DATASET_FILES) all[file] = readServedFile(file);
    expect(parseServedDataset(all).problems).toEqual([]);
  });

  it('accepts a set of one version and gives parseDataset the bodies', () => {
    const { dataset, problems } = parseServedDataset(served('2.0.0'));
    expect(problems).toEqual([]);
    expect(dataset.meta.version).toBe('2.0.0');
    expect(dataset.clusters.map((c) => c.id)).toEqual(['monterrey-aerocluster']);
    expect(unwrapDataset(served('2.0.0'))['eu.json']).toEqual(rawFixture()['eu.json']);
  });

  it('refuses one file of another version, naming the file and both versions', () => {
    const error = versionError(served('2.0.0', { 'eu.json': '1.0.0' }));
    expect(error).toBeInstanceOf(DatasetFileError);
    expect(error.file).toBe('eu.json');
    expect(error.expected).toBe('2.0.0');
    expect(error.mismatched).toEqual([{ file: 'eu.json', version: '1.0.0' }]);
    expect(error.versions).toHaveLength(DATASET_FILES.length);
    expect(error.versions[0]).toEqual({ file: 'meta.json', version: '2.0.0' });
    expect(error.problems).toEqual([
      {
        file: 'eu.json',
        path: 'datasetVersion',
        message: 'is of version 1.0.0, but meta.json names dataset version 2.0.0',
        recordId: null,
      },
    ]);
  });

  it('refuses a file from before versioning (a bare list) as of no version', () => {
    const error = versionError(served('2.0.0', { 'clusters.json': null, 'states.json': '1.9.0' }));
    expect(error.mismatched).toEqual([
      { file: 'states.json', version: '1.9.0' },
      { file: 'clusters.json', version: null },
    ]);
    expect(error.problems[1]?.message).toBe('is of no dataset version, but meta.json names dataset version 2.0.0');
  });

  it('refuses a mixed set before cross-file checks could report references the mix broke', () => {
    // eu.json of an older set names a Mexican cluster the newer clusters.json no longer has.
    const withPair = (euVersion: string) => {
      const files = served('2.0.0', { 'eu.json': euVersion });
      const pair = { euClusterId: 'x', mexicanClusterId: 'gone', detail: null, sources: [SOURCE] };
      files['eu.json'] = { ...(files['eu.json'] as object), pairs: [pair] };
      return files;
    };
    expect(() => parseServedDataset(withPair('1.0.0'))).toThrow(DatasetVersionError);
    // Had it been read, the mix would have shown as a data problem.
    const read = parseServedDataset(withPair('2.0.0')).problems.map((p) => p.message);
    expect(read).toContain('unknown Mexican cluster "gone"');
  });

  it('names a list file without "records", and a file that is not an object', () => {
    const files = served();
    files['states.json'] = { datasetVersion: 'test', record: [] };
    expect(() => unwrapDataset(files)).toThrow(
      expect.objectContaining({ file: 'states.json', problems: [expect.objectContaining({ path: 'records' })] }),
    );
    files['states.json'] = 42;
    expect(() => unwrapDataset(files)).toThrow(
      expect.objectContaining({ file: 'states.json', message: expect.stringContaining('a number') }),
    );
  });

  it('reads back what wrapFile writes, for list files and eu.json', () => {
    for (const file of DATASET_FILES) {
      const body = rawFixture()[file];
      expect(unwrapFile(file, wrapFile(file, body, '3.1.4'))).toEqual({
        version: file === 'meta.json' ? null : '3.1.4',
        body,
      });
    }
  });

  it('never throws anything but DatasetFileError, whatever a file is replaced by', () => {
    const value = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record({ datasetVersion: fc.oneof(fc.string(), fc.anything()), records: fc.anything({ maxDepth: 1 }) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...DATASET_FILES), value, (file, replacement) => {
        try {
          parseServedDataset({ ...served(), [file]: replacement });
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetFileError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
