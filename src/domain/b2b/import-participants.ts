// The participants table of an import: `name,side,people,website,contact,max_meetings`.
import type { CsvTable } from '@/domain/b2b/csv-table';
import type { InputProblem } from '@/domain/b2b/input-problem';
import { note, type NameBook } from '@/domain/b2b/names';
import type { Side } from '@/domain/b2b/participants';
import { normalizeText } from '@/domain/text';

/** A participant as a row gives it: null where the cell is empty (the import then keeps what is known). */
export interface ParticipantRow {
  row: number;
  name: string;
  side: Side;
  people: string[] | null;
  website: string | null;
  contact: string | null;
  maxMeetings: number | null;
}

const SIDES: readonly string[] = ['eu', 'mx'];

/** People are listed in one cell, separated by ';' (a comma is common inside a name or title). */
export const splitPeople = (cell: string) =>
  cell
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** `names` holds the spellings already known (the event's participants) and gains this table's. */
export function parseParticipantRows(
  table: CsvTable,
  file: string,
  names: NameBook,
): { participants: ParticipantRow[]; problems: InputProblem[] } {
  const problems = [...table.problems];
  const participants: ParticipantRow[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const before = problems.length;
    const { name = '', side = '', people = '', website = '', contact = '' } = cells;
    const max = cells.max_meetings ?? '';
    if (name === '') problems.push({ file, row, column: 'name', message: 'missing name', code: 'missing-value' });
    else {
      const key = normalizeText(name);
      const first = firstRow.get(key);
      if (first !== undefined && names.spelled(name) === name)
        problems.push({
          file,
          row,
          column: 'name',
          message: `listed already in row ${first}`,
          code: 'duplicate-participant',
          params: { first },
        });
      else note(problems, { file, row, column: 'name' }, names.add(name, { where: `row ${row}`, file, row }));
      if (first === undefined) firstRow.set(key, row);
    }
    if (!SIDES.includes(side.toLowerCase()))
      problems.push({
        file,
        row,
        column: 'side',
        message: `"${side}" is not a side (use eu or mx)`,
        code: 'bad-side',
        params: { value: side },
      });
    const maxMeetings = max === '' ? null : /^\d+(\.0+)?$/.test(max) ? Number(max) : NaN;
    if (Number.isNaN(maxMeetings))
      problems.push({
        file,
        row,
        column: 'max_meetings',
        message: `"${max}" is not a whole number of meetings`,
        code: 'bad-number',
        params: { value: max },
      });
    if (problems.length > before) continue;
    participants.push({
      row,
      name,
      side: side.toLowerCase() as Side,
      people: people === '' ? null : splitPeople(people),
      website: website || null,
      contact: contact || null,
      maxMeetings,
    });
  }
  return { participants, problems };
}
