import { DatasetVersionError, type FileVersion } from '@/data/dataset-version-error';
import type { ParsedDataset } from '@/data/parse-dataset';
import { DatasetFileError, type DataProblem, type LoadStep } from '@/data/validate';
import type { Dataset } from '@/domain/types';
import { nameOrderOf } from '@/domain/ranking/name-order';

// What the page and the dataset worker (src/data/dataset-worker.ts) say to each other. The page
// sends the files' bytes (transferred, not copied); the worker answers with progress, then the
// dataset in parts: the clusters come in batches, so the page takes each batch in a short task of
// its own (a single message of 100,000 clusters would take the page a second to receive).

export type WorkerRequest =
  /** Sent as soon as every file has arrived: the worker parses the JSON at once. */
  | { type: 'bytes'; bytes: ArrayBuffer[] }
  /**
   * Sent once the page's language is loaded: the active language and its `data` catalog, for the
   * messages of the Data quality panel. The worker validates then.
   */
  | { type: 'start'; locale: string; catalog: Record<string, unknown> };

/** A load error as plain data: class instances do not survive the trip between threads. */
export type SentError =
  | { kind: 'version'; expected: string; versions: FileVersion[] }
  | { kind: 'file'; file: string; problems: DataProblem[] }
  | { kind: 'other'; message: string };

export type WorkerMessage =
  | { type: 'progress'; step: LoadStep }
  | { type: 'error'; error: SentError }
  | { type: 'dataset'; dataset: Omit<Dataset, 'clusters'>; total: number }
  /** A batch of validated clusters as JSON text: the page parses it faster than a structured clone of the objects. */
  | { type: 'clusters'; json: string }
  | { type: 'done'; problems: DataProblem[]; nameOrder: Int32Array };

/** Clusters per message: each is received by the page in a task of a few milliseconds. */
export const CLUSTER_BATCH = 2000;

export function sendError(error: unknown): SentError {
  if (error instanceof DatasetVersionError)
    return { kind: 'version', expected: error.expected, versions: error.versions };
  if (error instanceof DatasetFileError) return { kind: 'file', file: error.file, problems: error.problems };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** The error as the loader on the page would have thrown it (the broken-dataset panel reads its class). */
export function receivedError(error: SentError): Error {
  if (error.kind === 'version') return new DatasetVersionError(error.expected, error.versions);
  if (error.kind === 'file') return new DatasetFileError(error.file, error.problems);
  return new Error(error.message);
}

/** The messages a parsed dataset is sent as, in order. */
export function* datasetMessages({ dataset, problems }: ParsedDataset): Generator<WorkerMessage> {
  const nameOrder = nameOrderOf(dataset.clusters);
  const { clusters, ...rest } = dataset;
  yield { type: 'dataset', dataset: rest, total: clusters.length };
  for (let i = 0; i < clusters.length; i += CLUSTER_BATCH)
    yield { type: 'clusters', json: JSON.stringify(clusters.slice(i, i + CLUSTER_BATCH)) };
  yield { type: 'done', problems, nameOrder };
}
