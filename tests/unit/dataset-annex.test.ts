// @vitest-environment node
// Policies and context figures load after the first render (src/data/load-dataset.ts fetchAnnex):
// they must be of the first screen's version, their records are validated as before, and their
// references into the first screen's files are checked.
import { describe, expect, it } from 'vitest';
import { parseServedAnnex, parseServedCoreSteps, parseServedDataset } from '@/data/dataset-version';
import { DatasetVersionError } from '@/data/dataset-version-error';
import { fetchAnnex } from '@/data/load-dataset';
import { ANNEX_FILES, CORE_FILES, type RawAnnex, type RawCore } from '@/data/parse-dataset';
import { DatasetFileError } from '@/data/validate';
import { runSteps } from '@/domain/steps';
import { readServedFile } from '../fixtures/public-data';

const core = (): RawCore => Object.fromEntries(CORE_FILES.map((f) => [f, readServedFile(f)])) as RawCore;
const annex = (): RawAnnex => Object.fromEntries(ANNEX_FILES.map((f) => [f, readServedFile(f)])) as RawAnnex;
const loadedCore = () => runSteps(parseServedCoreSteps(core())).dataset;

/** A fetch that serves public/data, with `bodies` in place of some files (a number is an HTTP status). */
const serving =
  (bodies: Record<string, unknown> = {}): typeof fetch =>
  async (input) => {
    const file = String(input).split('/').pop() ?? '';
    const body = file in bodies ? bodies[file] : readServedFile(file as (typeof ANNEX_FILES)[number]);
    if (typeof body === 'number') return new Response('', { status: body, statusText: 'Not Found' });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body));
  };

describe('the dataset annex (policies, context figures)', () => {
  it('split in two, the real files give the same records and problems as read at once', () => {
    const whole = parseServedDataset({ ...core(), ...annex() });
    const first = runSteps(parseServedCoreSteps(core()));
    const second = parseServedAnnex(annex(), first.dataset);
    expect({ ...first.dataset, ...second.annex }).toEqual(whole.dataset);
    expect([...first.problems, ...second.problems]).toEqual(whole.problems);
    expect(second.annex.policies.length).toBeGreaterThan(10);
    expect(second.annex.context.length).toBeGreaterThan(10);
  });

  it('refuses policies.json of another version than meta.json, naming both annex files', () => {
    const files = annex();
    files['policies.json'] = { ...(files['policies.json'] as object), datasetVersion: '0.9.0' };
    const dataset = loadedCore();
    let error: unknown = null;
    try {
      parseServedAnnex(files, dataset);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetVersionError);
    const { expected, versions } = error as DatasetVersionError;
    expect(expected).toBe(dataset.meta.version);
    expect(versions).toEqual([
      { file: 'policies.json', version: '0.9.0' },
      { file: 'context.json', version: dataset.meta.version },
    ]);
  });

  it('reports a policy naming a sector the first screen files lack, and keeps the others', () => {
    const files = annex();
    const served = files['policies.json'] as { records: Array<{ sectors: string[] }> };
    const records = served.records.map((r, i) => (i === 0 ? { ...r, sectors: ['no-such-sector'] } : r));
    files['policies.json'] = { ...served, records };
    const { annex: parsed, problems } = parseServedAnnex(files, loadedCore());
    expect(parsed.policies).toHaveLength(records.length);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'policies.json',
        path: '[0].sectors[0]',
        message: 'unknown sector "no-such-sector"',
      }),
    );
  });

  it('fetchAnnex names the file that failed, in the words of the first screen loader', async () => {
    const dataset = loadedCore();
    await expect(fetchAnnex('/data/', dataset, serving())).resolves.toMatchObject({ problems: [] });
    const error = await fetchAnnex('/data/', dataset, serving({ 'context.json': 404 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetFileError);
    expect((error as DatasetFileError).file).toBe('context.json');
    expect((error as DatasetFileError).problems[0]?.message).toMatch(/HTTP 404/);
    const notJson = await fetchAnnex('/data/', dataset, serving({ 'policies.json': '{"oops' })).catch(
      (e: unknown) => e,
    );
    expect((notJson as DatasetFileError).file).toBe('policies.json');
  });
});
