import type { z } from 'zod/mini';
import { runSteps, type StepProgress } from '@/domain/steps';
import { tr } from '@/i18n/i18n';

/** One thing wrong with the data, located precisely enough to fix it. */
export interface DataProblem {
  file: string;
  /** JSON path inside the file, e.g. `[12].labels[0].validUntil`. */
  path: string;
  message: string;
  /** The record id when the record had one, so the UI can name it. */
  recordId: string | null;
}

export class DatasetFileError extends Error {
  readonly file: string;
  readonly problems: DataProblem[];
  constructor(file: string, problems: DataProblem[]) {
    super(`${file}: ${problems[0]?.message ?? tr('data:file.invalid')}`);
    this.name = 'DatasetFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** A failure of a whole file, before any record is read. */
export const fileFailure = (file: string, message: string) =>
  new DatasetFileError(file, [{ file, path: '(file)', message, recordId: null }]);

// The browser's own error text (its language) is kept as the detail.
export const detailOf = (error: unknown, fallback: () => string) =>
  error instanceof Error ? error.message : fallback();

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

function recordIdOf(value: unknown): string | null {
  if (typeof value === 'object' && value !== null) {
    const id = (value as Record<string, unknown>).id ?? (value as Record<string, unknown>).code;
    if (typeof id === 'string') return id;
  }
  return null;
}

function issuesToProblems(
  file: string,
  prefix: string,
  error: z.core.$ZodError,
  recordId: string | null,
): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: `${prefix}${issue.path.length ? (prefix ? '.' : '') : ''}${formatPath(issue.path)}`.replace('.[', '['),
    message: issue.message,
    recordId,
  }));
}

/**
 * How far loading has come, reported between slices of work: records of one file being checked,
 * checked clusters received from the dataset worker (`stage: 'receive'`), or else clusters
 * indexed for the ranking.
 */
export interface LoadStep extends StepProgress {
  file?: string;
  stage?: 'receive';
}

/** Records validated between two steps: well under a millisecond of work, so a caller can yield to the page often (a busy machine is many times slower). */
const STEP_RECORDS = 20;

/**
 * Validates a list record by record: valid records are kept, invalid ones are skipped and
 * reported, so one bad record never takes the whole dataset down. Yields a step every few
 * hundred records so a large file can be validated without freezing the page.
 */
export function* validateListSteps<T>(
  file: string,
  raw: unknown,
  schema: z.ZodMiniType<T>,
  prefix = '',
): Generator<LoadStep, { items: T[]; problems: DataProblem[] }> {
  if (!Array.isArray(raw)) {
    throw new DatasetFileError(file, [
      {
        file,
        path: prefix || '(root)',
        message: tr('data:file.notList', { received: describe(raw) }),
        recordId: null,
      },
    ]);
  }
  const items: T[] = [];
  const problems: DataProblem[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    if (index > 0 && index % STEP_RECORDS === 0) yield { file, done: index, total: raw.length };
    const record: unknown = raw[index];
    const result = schema.safeParse(record);
    if (result.success) items.push(result.data);
    else problems.push(...issuesToProblems(file, `${prefix}[${index}]`, result.error, recordIdOf(record)));
  }
  return { items, problems };
}

export function validateList<T>(
  file: string,
  raw: unknown,
  schema: z.ZodMiniType<T>,
  prefix = '',
): { items: T[]; problems: DataProblem[] } {
  return runSteps(validateListSteps(file, raw, schema, prefix));
}

/** Validates a whole object; any problem makes the file unusable. */
export function validateObject<T>(file: string, raw: unknown, schema: z.ZodMiniType<T>): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new DatasetFileError(file, issuesToProblems(file, '', result.error, null));
  return result.data;
}

/** 'a list', 'an object', 'a number': what a file held instead, for messages. */
export function describe(value: unknown): string {
  if (value === null) return tr('data:value.null');
  if (Array.isArray(value)) return tr('data:value.list');
  switch (typeof value) {
    case 'object':
      return tr('data:value.object');
    case 'string':
      return tr('data:value.string');
    case 'number':
      return tr('data:value.number');
    case 'boolean':
      return tr('data:value.boolean');
    case 'undefined':
      return tr('data:value.nothing');
    default:
      return tr('data:value.other', { type: typeof value });
  }
}
