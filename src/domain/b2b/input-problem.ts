/** What is wrong, as a code the app words in each language (the CLI prints `message`). */
export type ProblemCode =
  | 'empty-file'
  | 'unreadable-row'
  | 'unknown-column'
  | 'repeated-column'
  | 'missing-column'
  | 'extra-cells'
  | 'no-rows'
  | 'missing-value'
  | 'two-spellings'
  | 'unknown-priority'
  | 'self-meeting'
  | 'duplicate-request'
  | 'bad-date'
  | 'bad-time'
  | 'end-not-after-start'
  | 'unknown-participant'
  | 'not-event-day'
  | 'before-sessions'
  | 'after-sessions'
  | 'bad-side'
  | 'bad-number'
  | 'duplicate-participant'
  | 'not-a-workbook'
  | 'unreadable-file'
  | 'too-large'
  | 'no-tables';

export type ProblemParams = Record<string, string | number>;

/** The words of a problem: English for the CLI, and the code and values the app translates. */
export interface ProblemText {
  message: string;
  code?: ProblemCode;
  params?: ProblemParams;
}

/** Something wrong in an input file, located as a spreadsheet user would look for it. */
export interface InputProblem extends ProblemText {
  file: string;
  /** Spreadsheet row number: the header is row 1. */
  row?: number;
  column?: string;
  /** Where in a JSON file, e.g. `sessions[1].start`. */
  path?: string;
}

/** 'requests.csv, row 4, column "priority": …' / 'event.json, sessions[0].start: …' */
export function formatInputProblem(problem: InputProblem): string {
  const where = [
    problem.file,
    problem.row === undefined ? null : `row ${problem.row}`,
    problem.column === undefined ? null : `column "${problem.column}"`,
    problem.path ?? null,
  ].filter((part) => part !== null);
  return `${where.join(', ')}: ${problem.message}`;
}
