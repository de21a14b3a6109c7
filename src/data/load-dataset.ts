import { parseServedDataset } from '@/data/dataset-version';
import { DATASET_FILES, type ParsedDataset, type RawDataset } from '@/data/parse-dataset';
import { DatasetFileError } from '@/data/validate';

async function fetchJson(baseUrl: string, file: string, fetchImpl: typeof fetch): Promise<unknown> {
  const fail = (message: string) => new DatasetFileError(file, [{ file, path: '(file)', message, recordId: null }]);
  let response: Response;
  try {
    response = await fetchImpl(`${baseUrl}${file}`, { cache: 'no-cache' });
  } catch (error) {
    throw fail(`could not be fetched (${error instanceof Error ? error.message : 'network error'})`);
  }
  if (!response.ok)
    throw fail(`could not be loaded: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fail(`is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}`);
  }
}

/** Fetches every dataset file from `baseUrl` (same origin), checks they are one version, and validates them. */
export async function fetchDataset(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<ParsedDataset> {
  const texts = await Promise.all(DATASET_FILES.map((file) => fetchJson(baseUrl, file, fetchImpl)));
  const raw = Object.fromEntries(DATASET_FILES.map((file, i) => [file, texts[i]])) as RawDataset;
  return parseServedDataset(raw);
}
