import { readCsvTable, type CsvTable } from '@/domain/b2b/csv-table';
import type { InputProblem } from '@/domain/b2b/input-problem';
import type { Unavailability } from '@/domain/b2b/types';
import { isValidIsoDate, parseTime } from '@/domain/dates';

export const AVAILABILITY_COLUMNS = { required: ['participant', 'date', 'start', 'end'], optional: [] } as const;

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
  return parseAvailabilityRows(readCsvTable(text, { file, ...AVAILABILITY_COLUMNS }), file);
}

/** The rows of an availability table (a CSV's or a sheet's). */
export function parseAvailabilityRows(table: CsvTable, file: string): ParsedAvailability {
  const problems = [...table.problems];
  const rows: AvailabilityRow[] = [];
  const named: ParsedAvailability['named'] = [];
  for (const { row, cells } of table.rows) {
    const { participant = '', date = '', start = '', end = '' } = cells;
    const before = problems.length;
    if (participant === '')
      problems.push({ file, row, column: 'participant', message: 'missing participant', code: 'missing-value' });
    else named.push({ row, participant });
    if (!isValidIsoDate(date))
      problems.push({
        file,
        row,
        column: 'date',
        message: `"${date}" is not a date (use YYYY-MM-DD)`,
        code: 'bad-date',
        params: { value: date },
      });
    const from = parseTime(start);
    const to = parseTime(end);
    for (const [column, value, parsed] of [
      ['start', start, from],
      ['end', end, to],
    ] as const)
      if (parsed === null)
        problems.push({
          file,
          row,
          column,
          message: `"${value}" is not a time (use HH:MM, e.g. 09:30)`,
          code: 'bad-time',
          params: { value },
        });
    if (from !== null && to !== null && to <= from)
      problems.push({
        file,
        row,
        column: 'end',
        message: `ends at ${end}, not after its start ${start}`,
        code: 'end-not-after-start',
        params: { start, end },
      });
    if (problems.length === before) rows.push({ row, participant, date, start, end });
  }
  return { rows, named, problems };
}
