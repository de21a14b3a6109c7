// Long work as a generator that yields how far it is: a caller on the page yields to it between
// slices (src/data/load-progress.ts), scripts and tests run it to the end at once.

/** How far a piece of work is, in its own units (records, clusters). */
export interface StepProgress {
  done: number;
  total: number;
}

/** Runs steps to the end at once (scripts, tests, small inputs). */
export function runSteps<R, S = StepProgress>(steps: Generator<S, R>): R {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
