/** Something wrong in an input file, located as a spreadsheet user would look for it. */
export interface InputProblem {
  file: string;
  /** Spreadsheet row number: the header is row 1. */
  row?: number;
  column?: string;
  /** Where in a JSON file, e.g. `sessions[1].start`. */
  path?: string;
  message: string;
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
