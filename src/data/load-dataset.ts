import { parseServedDatasetSteps } from '@/data/dataset-version';
import { runStepsSliced } from '@/data/load-progress';
import { DATASET_FILES, type ParsedDataset, type RawDataset } from '@/data/parse-dataset';
import { DatasetFileError } from '@/data/validate';
import { tr } from '@/i18n/i18n';

// The browser's own error text (its language) is kept as the detail.
const detailOf = (error: unknown, fallback: () => string) => (error instanceof Error ? error.message : fallback());

async function fetchJson(file: string, request: Promise<Response>): Promise<unknown> {
  const fail = (message: string) => new DatasetFileError(file, [{ file, path: '(file)', message, recordId: null }]);
  let response: Response;
  try {
    response = await request;
  } catch (error) {
    throw fail(tr('data:load.fetchFailed', { detail: detailOf(error, () => tr('data:load.networkError')) }));
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw fail(tr('data:load.httpError', { status }));
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fail(tr('data:load.notJson', { detail: detailOf(error, () => tr('data:load.parseError')) }));
  }
}

/**
 * The requests for every dataset file, in DATASET_FILES order. Started apart from reading them so
 * the app can send them before its first render; failures become messages only when read (by
 * then the language is loaded), and are marked handled meanwhile.
 */
export function requestDatasetFiles(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<Response>[] {
  return DATASET_FILES.map((file) => {
    const request = fetchImpl(`${baseUrl}${file}`, { cache: 'no-cache' });
    request.catch(() => undefined);
    return request;
  });
}

/**
 * Fetches every dataset file from `baseUrl` (same origin), checks they are one version, and
 * validates them in slices (the page stays responsive and shows progress on large datasets).
 * `requests` are ones already sent by requestDatasetFiles.
 */
export async function fetchDataset(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
  requests: Promise<Response>[] = requestDatasetFiles(baseUrl, fetchImpl),
): Promise<ParsedDataset> {
  const texts = await Promise.all(DATASET_FILES.map((file, i) => fetchJson(file, requests[i] as Promise<Response>)));
  const raw = Object.fromEntries(DATASET_FILES.map((file, i) => [file, texts[i]])) as RawDataset;
  return runStepsSliced(parseServedDatasetSteps(raw));
}
