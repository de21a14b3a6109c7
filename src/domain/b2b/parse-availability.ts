import { readCsvTable } from '@/domain/b2b/csv-table';
import type { InputProblem } from '@/domain/b2b/input-problem';
import type { Unavailability } from '@/domain/b2b/types';
import { isValidIsoDate, parseTime } from '@/domain/dates';

export interface AvailabilityRow extends Unavailability {
  row: number;
}

export interface ParsedAvailability {
  /** The rows without problems. */
  rows: AvailabilityRow[];
  /** Every row's participant, so names are checked even on rows with other problems. */
  named: Array<{ row: number; participant: string }>;
  problems: InputProblem[];
}

/**
 * availability.csv: `participant,date,start,end`, each row a time the participant is NOT
 * available. Checked here on its own; check-input.ts checks it against the event and requests.
 */
export function parseAvailabilityCsv(text: string, file = 'availability.csv'): ParsedAvailability {
  const table = readCsvTable(text, { file, required: ['participant', 'date', 'start', 'end'], optional: [] });
  const problems = [...table.problems];
  const rows: AvailabilityRow[] = [];
  const named: ParsedAvailability['named'] = [];
  for (const { row, cells } of table.rows) {
    const { participant = '', date = '', start = '', end = '' } = cells;
    const before = problems.length;
    if (participant === '') problems.push({ file, row, column: 'participant', message: 'missing participant' });
    else named.push({ row, participant });
    if (!isValidIsoDate(date))
      problems.push({ file, row, column: 'date', message: `"${date}" is not a date (use YYYY-MM-DD)` });
    const from = parseTime(start);
    const to = parseTime(end);
    for (const [column, value, parsed] of [
      ['start', start, from],
      ['end', end, to],
    ] as const)
      if (parsed === null)
        problems.push({ file, row, column, message: `"${value}" is not a time (use HH:MM, e.g. 09:30)` });
    if (from !== null && to !== null && to <= from)
      problems.push({ file, row, column: 'end', message: `ends at ${end}, not after its start ${start}` });
    if (problems.length === before) rows.push({ row, participant, date, start, end });
  }
  return { rows, named, problems };
}
