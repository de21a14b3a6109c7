import { readCsvTable } from '@/domain/b2b/csv-table';
import type { InputProblem } from '@/domain/b2b/input-problem';
import { NameBook, note } from '@/domain/b2b/names';
import { PRIORITIES, type MeetingRequest, type Priority } from '@/domain/b2b/types';
import { normalizeText } from '@/domain/text';

export const DEFAULT_PRIORITY: Priority = 'should';

export interface ParsedRequests {
  requests: MeetingRequest[];
  /** Every participant spelling, as first written here (other files must use the same). */
  names: NameBook;
  problems: InputProblem[];
}

/** requests.csv: `requester,partner,priority` (priority optional: must, should, could; default should). */
export function parseRequestsCsv(text: string, file = 'requests.csv'): ParsedRequests {
  const table = readCsvTable(text, { file, required: ['requester', 'partner'], optional: ['priority'] });
  const names = new NameBook();
  const problems = [...table.problems];
  const requests: MeetingRequest[] = [];
  const pairs = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const before = problems.length;
    for (const column of ['requester', 'partner'] as const) {
      const name = cells[column] ?? '';
      if (name === '') problems.push({ file, row, column, message: `missing ${column}` });
      else note(problems, { file, row, column }, names.add(name, `row ${row}`));
    }
    const priority = (cells.priority ?? '').toLowerCase() || DEFAULT_PRIORITY;
    if (!(PRIORITIES as readonly string[]).includes(priority))
      problems.push({
        file,
        row,
        column: 'priority',
        message: `unknown priority "${cells.priority}" (use must, should or could)`,
      });
    const { requester = '', partner = '' } = cells;
    const [a, b] = [normalizeText(requester), normalizeText(partner)];
    if (a !== '' && a === b)
      problems.push({ file, row, column: 'partner', message: 'a participant cannot meet itself' });
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const first = pairs.get(key);
    if (a !== '' && b !== '' && first !== undefined)
      problems.push({ file, row, column: 'partner', message: `duplicate of row ${first} (the same two participants)` });
    if (problems.length > before) {
      if (first === undefined) pairs.set(key, row);
      continue;
    }
    pairs.set(key, row);
    requests.push({ requester, partner, priority: priority as Priority });
  }
  return { requests, names, problems };
}
