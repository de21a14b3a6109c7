// The dataset worker: parses and validates the served files off the page, with the same schemas and
// steps as the page would (src/data/served-files.ts), and sends the result back in parts.
import type { RawCore } from '@/data/parse-dataset';
import { parseServedCoreSteps } from '@/data/dataset-version';
import { parseServedBytes, parseServedBytesSteps } from '@/data/served-files';
import { datasetMessages, sendError, type WorkerMessage, type WorkerRequest } from '@/data/worker-messages';
import { i18n } from '@/i18n/i18n';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}
const scope = self as unknown as WorkerScope;

/** How often the page hears how far validation is. */
const PROGRESS_MS = 40;

let bytes: ArrayBuffer[] = [];
/** The files parsed on arrival, while the page is still starting; null when one is not JSON. */
let served: RawCore | null = null;

async function validate(locale: string, catalog: Record<string, unknown>): Promise<void> {
  i18n.addResourceBundle(locale, 'data', catalog, true, true);
  await i18n.changeLanguage(locale);
  // A file that is not JSON is parsed again now, so its message is worded in the page's language.
  const steps = served ? parseServedCoreSteps(served) : parseServedBytesSteps(bytes);
  served = null;
  let last = performance.now();
  let next = steps.next();
  for (; !next.done; next = steps.next()) {
    if (performance.now() - last < PROGRESS_MS) continue;
    scope.postMessage({ type: 'progress', step: next.value });
    last = performance.now();
  }
  for (const message of datasetMessages(next.value)) scope.postMessage(message);
}

scope.onmessage = ({ data }) => {
  if (data.type === 'bytes') {
    bytes = data.bytes;
    try {
      served = parseServedBytes(bytes);
    } catch {
      served = null;
    }
    return;
  }
  validate(data.locale, data.catalog).catch((error: unknown) =>
    scope.postMessage({ type: 'error', error: sendError(error) }),
  );
};
