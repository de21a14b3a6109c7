import { loadProgress } from '@/data/load-progress';
import type { ParsedDataset } from '@/data/parse-dataset';
import { receivedError, type WorkerMessage, type WorkerRequest } from '@/data/worker-messages';
import type { Cluster, Dataset } from '@/domain/types';
import { activeLocale, i18n } from '@/i18n/i18n';

export interface DatasetWorker {
  /** The files' bytes, in DATASET_FILES order: transferred, the caller cannot read them afterwards. */
  send(bytes: ArrayBuffer[]): void;
  /**
   * Validates in the active language; progress goes to `loadProgress`; a broken dataset rejects with
   * the page loader's error. null when the worker could not run (its script failed to load, or it
   * crashed): the page parses instead.
   */
  result(): Promise<ParsedDataset | null>;
  stop(): void;
}

/** Starts the dataset worker now, so its script loads while the files download. */
export function startDatasetWorker(): DatasetWorker {
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  const post = (request: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  let settle: { resolve: (parsed: ParsedDataset | null) => void; reject: (error: Error) => void } | null = null;
  let failure: Error | null = null;
  let unavailable = false;
  let head: Omit<Dataset, 'clusters'> | null = null;
  let total = 0;
  const clusters: Cluster[] = [];
  const end = (outcome: ParsedDataset | Error | null) => {
    worker.terminate();
    loadProgress.set(null);
    if (outcome instanceof Error) failure = outcome;
    if (outcome === null) unavailable = true;
    if (!settle) return;
    if (outcome instanceof Error) settle.reject(outcome);
    else settle.resolve(outcome);
  };
  worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    if (data.type === 'progress') loadProgress.set(data.step);
    else if (data.type === 'dataset') {
      head = data.dataset;
      total = data.total;
    } else if (data.type === 'clusters') {
      for (const c of JSON.parse(data.json) as Cluster[]) clusters.push(c);
      loadProgress.set({ stage: 'receive', done: clusters.length, total });
    } else if (data.type === 'done' && head)
      end({ dataset: { ...head, clusters }, problems: data.problems, nameOrder: data.nameOrder });
    else if (data.type === 'error') end(receivedError(data.error));
  };
  worker.onerror = () => end(null);
  return {
    send: (bytes) => post({ type: 'bytes', bytes }, bytes),
    result: () =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        if (unavailable) return resolve(null);
        settle = { resolve, reject };
        const locale = activeLocale();
        const catalog = (i18n.getResourceBundle(locale, 'data') ?? {}) as Record<string, unknown>;
        post({ type: 'start', locale, catalog });
      }),
    stop: () => worker.terminate(),
  };
}
