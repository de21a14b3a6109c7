import { DATASET_FILES } from '@/data/dataset-files';
import { canUseWorker, startDatasetWorker, WorkerUnavailable, type DatasetWorker } from '@/data/dataset-worker-client';
import { runStepsSliced } from '@/data/load-progress';
import type { ParsedDataset } from '@/data/parse-dataset';
import { detailOf, fileFailure } from '@/data/validate';
import { tr } from '@/i18n/i18n';

/** How one file's request ended, kept unworded: it may end before the language is loaded. */
type Outcome = { bytes: ArrayBuffer } | { status: string } | { error: unknown };

async function settle(request: Promise<Response>): Promise<Outcome> {
  try {
    const response = await request;
    if (!response.ok) return { status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    return { bytes: await response.arrayBuffer() };
  } catch (error) {
    return { error };
  }
}

/** The files' bytes, or the first failed file's error, worded in the active language. */
function bytesOf(outcomes: Outcome[]): ArrayBuffer[] {
  return DATASET_FILES.map((file, i) => {
    const outcome = outcomes[i] as Outcome;
    if ('bytes' in outcome) return outcome.bytes;
    if ('status' in outcome) throw fileFailure(file, tr('data:load.httpError', { status: outcome.status }));
    const detail = detailOf(outcome.error, () => tr('data:load.networkError'));
    throw fileFailure(file, tr('data:load.fetchFailed', { detail }));
  });
}

const allBytes = (outcomes: Outcome[]): outcomes is Array<{ bytes: ArrayBuffer }> =>
  outcomes.every((o) => 'bytes' in o);

/**
 * The requests for every dataset file, in DATASET_FILES order, with failures marked handled
 * (they become messages only when read).
 */
export function requestDatasetFiles(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<Response>[] {
  return DATASET_FILES.map((file) => {
    const request = fetchImpl(`${baseUrl}${file}`, { cache: 'no-cache' });
    request.catch(() => undefined);
    return request;
  });
}

async function parseOnPage(outcomes: Promise<Outcome[]>) {
  // The schemas are a chunk of their own: with a worker, the page never loads them.
  const [{ parseServedBytesSteps }, settled] = await Promise.all([import('@/data/served-files'), outcomes]);
  return runStepsSliced(parseServedBytesSteps(bytesOf(settled)));
}

/**
 * Starts loading the dataset from `baseUrl` (same origin): the requests now and, where there is a
 * worker, the dataset worker, which parses the files as they arrive, so the app can start this
 * before its first render. The returned function, called once the language is loaded, gives the
 * validated dataset (files checked as one version): validated in the worker, so JSON parsing and
 * validation never block the page; where there is none (tests, old browsers) or it fails to start,
 * on the page in slices (the page stays responsive and shows progress on large datasets).
 */
export function startDatasetLoad(baseUrl: string, fetchImpl: typeof fetch = fetch): () => Promise<ParsedDataset> {
  const outcomes = Promise.all(requestDatasetFiles(baseUrl, fetchImpl).map(settle));
  const worker: DatasetWorker | null = canUseWorker() ? startDatasetWorker() : null;
  if (worker)
    void outcomes.then((settled) => (allBytes(settled) ? worker.send(settled.map((o) => o.bytes)) : worker.stop()));
  return async () => {
    if (!worker) return parseOnPage(outcomes);
    bytesOf(await outcomes);
    try {
      return await worker.result();
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
      // The bytes went to the worker: read the files anew.
      return parseOnPage(Promise.all(requestDatasetFiles(baseUrl, fetchImpl).map(settle)));
    }
  };
}

/** Fetches and validates the dataset in one call (see startDatasetLoad). */
export function fetchDataset(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<ParsedDataset> {
  return startDatasetLoad(baseUrl, fetchImpl)();
}
