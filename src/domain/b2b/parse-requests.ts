import { readCsvTable, type CsvTable } from '@/domain/b2b/csv-table';
import type { InputProblem } from '@/domain/b2b/input-problem';
import { NameBook, note } from '@/domain/b2b/names';
import { PRIORITIES, type MeetingRequest, type Priority } from '@/domain/b2b/types';
import { normalizeText } from '@/domain/text';

export const DEFAULT_PRIORITY: Priority = 'should';

export const REQUEST_COLUMNS = { required: ['requester', 'partner'], optional: ['priority'] } as const;

export interface RequestRow extends MeetingRequest {
  row: number;
}

export interface ParsedRequests {
  requests: MeetingRequest[];
  /** Every participant spelling, as first written here (other files must use the same). */
  names: NameBook;
  problems: InputProblem[];
}

/** requests.csv: `requester,partner,priority` (priority optional: must, should, could; default should). */
export function parseRequestsCsv(text: string, file = 'requests.csv'): ParsedRequests {
  const parsed = parseRequestRows(readCsvTable(text, { file, ...REQUEST_COLUMNS }), file);
  return {
    ...parsed,
    requests: parsed.requests.map(({ requester, partner, priority }) => ({ requester, partner, priority })),
  };
}

/**
 * The rows of a requests table (a CSV's or a sheet's). `names` may already hold the spellings of
 * a participant list, which the requests must then follow.
 */
export function parseRequestRows(
  table: CsvTable,
  file: string,
  names = new NameBook(),
): ParsedRequests & { requests: RequestRow[] } {
  const problems = [...table.problems];
  const requests: RequestRow[] = [];
  const pairs = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const before = problems.length;
    for (const column of ['requester', 'partner'] as const) {
      const name = cells[column] ?? '';
      if (name === '') problems.push({ file, row, column, message: `missing ${column}`, code: 'missing-value' });
      else note(problems, { file, row, column }, names.add(name, { where: `row ${row}`, file, row }));
    }
    const priority = (cells.priority ?? '').toLowerCase() || DEFAULT_PRIORITY;
    if (!(PRIORITIES as readonly string[]).includes(priority))
      problems.push({
        file,
        row,
        column: 'priority',
        message: `unknown priority "${cells.priority}" (use must, should or could)`,
        code: 'unknown-priority',
        params: { value: cells.priority ?? '' },
      });
    const { requester = '', partner = '' } = cells;
    const [a, b] = [normalizeText(requester), normalizeText(partner)];
    if (a !== '' && a === b)
      problems.push({
        file,
        row,
        column: 'partner',
        message: 'a participant cannot meet itself',
        code: 'self-meeting',
      });
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const first = pairs.get(key);
    if (a !== '' && b !== '' && first !== undefined)
      problems.push({
        file,
        row,
        column: 'partner',
        message: `duplicate of row ${first} (the same two participants)`,
        code: 'duplicate-request',
        params: { first },
      });
    if (problems.length > before) {
      if (first === undefined) pairs.set(key, row);
      continue;
    }
    pairs.set(key, row);
    requests.push({ row, requester, partner, priority: priority as Priority });
  }
  return { requests, names, problems };
}
