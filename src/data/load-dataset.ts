import { ANNEX_FILES, CORE_FILES } from '@/data/dataset-files';
import { parseServedAnnex } from '@/data/dataset-version';
import type { DatasetWorker } from '@/data/dataset-worker-client';
import { runStepsSliced } from '@/data/load-progress';
import type { ParsedAnnex, ParsedDataset } from '@/data/parse-dataset';
import { parseFilesJson, parseServedBytesSteps } from '@/data/served-files';
import type { Dataset } from '@/domain/types';
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
function bytesOf(files: readonly string[], outcomes: Outcome[]): ArrayBuffer[] {
  return files.map((file, i) => {
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
 * The requests for `files` (the first screen's by default), in that order, with failures marked
 * handled (they become messages only when read).
 */
export function requestDatasetFiles(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
  files: readonly string[] = CORE_FILES,
): Promise<Response>[] {
  return files.map((file) => {
    const request = fetchImpl(`${baseUrl}${file}`, { cache: 'no-cache' });
    request.catch(() => undefined);
    return request;
  });
}

const parseOnPage = async (outcomes: Promise<Outcome[]>) =>
  runStepsSliced(parseServedBytesSteps(bytesOf(CORE_FILES, await outcomes)));

/**
 * From this much JSON on (clusters.json holds ~17,000 clusters then), the files are parsed in the
 * dataset worker. Below it the page parses them in slices faster than the worker can hand its
 * result over: 10,000 clusters (14 MB) show their first match after 813 ms on the page and 1,374 ms
 * through the worker (`npm run bench:web`, 2 Dec 2026); and the worker's own download and start
 * (~28 KB gzip) would cost a small dataset's first screen more than it saves.
 */
export const WORKER_MIN_BYTES = 25_000_000;

/** The worker, started once every file has arrived and only for a large dataset. */
async function workerFor(outcomes: Promise<Outcome[]>): Promise<DatasetWorker | null> {
  const settled = await outcomes;
  if (typeof Worker === 'undefined' || !allBytes(settled)) return null;
  const bytes = settled.map((o) => o.bytes);
  if (bytes.reduce((sum, b) => sum + b.byteLength, 0) < WORKER_MIN_BYTES) return null;
  // A chunk of its own: a small dataset never loads it.
  const { startDatasetWorker } = await import('@/data/dataset-worker-client');
  const worker = startDatasetWorker();
  worker.send(bytes);
  return worker;
}

/**
 * Starts loading the dataset from `baseUrl` (same origin), so the app can start this before its
 * first render: the requests and, for a large dataset, the dataset worker, which parses the files
 * as soon as they arrive. The returned function, called once the language is loaded, gives the
 * validated dataset (files checked as one version): validated in the worker, so JSON parsing and
 * validation never block the page; for a small dataset, without a worker (tests, old browsers) or
 * when it fails to start, on the page in slices (the page stays responsive and shows progress).
 */
export function startDatasetLoad(baseUrl: string, fetchImpl: typeof fetch = fetch): () => Promise<ParsedDataset> {
  const outcomes = Promise.all(requestDatasetFiles(baseUrl, fetchImpl).map(settle));
  const worker = workerFor(outcomes);
  return async () => {
    const started = await worker;
    if (!started) return parseOnPage(outcomes);
    // Without a result the worker could not run; the bytes went to it: read the files anew.
    return (await started.result()) ?? parseOnPage(Promise.all(requestDatasetFiles(baseUrl, fetchImpl).map(settle)));
  };
}

/** Fetches and validates the dataset in one call (see startDatasetLoad). */
export function fetchDataset(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<ParsedDataset> {
  return startDatasetLoad(baseUrl, fetchImpl)();
}

/**
 * Fetches and validates policies and context figures, after the first render: they must be of the
 * version of `core` (the first screen's files), and their references must resolve in it.
 */
export async function fetchAnnex(
  baseUrl: string,
  core: Dataset,
  fetchImpl: typeof fetch = fetch,
): Promise<ParsedAnnex> {
  const outcomes = await Promise.all(requestDatasetFiles(baseUrl, fetchImpl, ANNEX_FILES).map(settle));
  return parseServedAnnex(parseFilesJson(ANNEX_FILES, bytesOf(ANNEX_FILES, outcomes)), core);
}
