import { checkInput, type FileNames } from '@/domain/b2b/check-input';
import type { InputProblem } from '@/domain/b2b/input-problem';
import { parseAvailabilityCsv } from '@/domain/b2b/parse-availability';
import { parseEventJson } from '@/domain/b2b/parse-event';
import { parseRequestsCsv } from '@/domain/b2b/parse-requests';
import type { B2bInput } from '@/domain/b2b/types';

export interface B2bFiles {
  event: string;
  requests: string;
  /** Optional: without it everyone is available throughout. */
  availability?: string | null;
}

export type ReadResult = { ok: true; input: B2bInput } | { ok: false; problems: InputProblem[] };

const DEFAULT_NAMES: FileNames = { event: 'event.json', requests: 'requests.csv', availability: 'availability.csv' };

/**
 * The texts of event.json, requests.csv and (optionally) availability.csv, read and checked
 * together. Never throws; with any problem nothing is returned to schedule, and every problem is
 * listed (each file's own problems, then those between files once each file reads cleanly).
 */
export function readB2bFiles(files: B2bFiles, fileNames: Partial<FileNames> = {}): ReadResult {
  const names = { ...DEFAULT_NAMES, ...fileNames };
  const event = parseEventJson(files.event, names.event);
  const requests = parseRequestsCsv(files.requests, names.requests);
  const availability =
    files.availability == null
      ? { rows: [], named: [], problems: [] }
      : parseAvailabilityCsv(files.availability, names.availability);
  const problems = [...event.problems, ...requests.problems, ...availability.problems];
  // Names are checked against the requests only once the requests file reads cleanly.
  if (requests.problems.length === 0)
    problems.push(...checkInput(event.event, requests.requests, requests.names, availability, names));
  if (problems.length > 0 || !event.event) return { ok: false, problems };
  const unavailable = availability.rows.map(({ participant, date, start, end }) => ({ participant, date, start, end }));
  return { ok: true, input: { event: event.event, requests: requests.requests, unavailable } };
}
