import type { InputProblem, ProblemText } from '@/domain/b2b/input-problem';
import { normalizeText } from '@/domain/text';

/** Where a spelling was first seen: words for the CLI, and the place for the app's wording. */
export interface Seen {
  where: string;
  file?: string;
  row?: number;
}

/**
 * One spelling per participant. Names that differ only in case, accents or inner spaces
 * ("Clúster Aeroespacial" / "cluster aeroespacial") are almost surely one organisation typed two
 * ways; the scheduler would treat them as two, so such a pair is an input error.
 */
export class NameBook {
  private readonly spelling = new Map<string, { name: string; seen: Seen }>();

  /** Registers a spelling; a problem when another spelling of it is already known. */
  add(name: string, where: string | Seen): ProblemText | null {
    const key = normalizeText(name);
    const known = this.spelling.get(key);
    if (!known) {
      this.spelling.set(key, { name, seen: typeof where === 'string' ? { where } : where });
      return null;
    }
    return known.name === name ? null : twoWays(name, known);
  }

  /** A problem unless the name is known with exactly this spelling. */
  check(name: string, notKnown: ProblemText): ProblemText | null {
    const known = this.spelling.get(normalizeText(name));
    if (!known) return notKnown;
    return known.name === name ? null : twoWays(name, known);
  }

  /** The known spelling of a name, if any. */
  spelled(name: string): string | null {
    return this.spelling.get(normalizeText(name))?.name ?? null;
  }
}

function twoWays(name: string, known: { name: string; seen: Seen }): ProblemText {
  const { where, file, row } = known.seen;
  const params = {
    name,
    known: known.name,
    ...(file === undefined ? {} : { file }),
    ...(row === undefined ? {} : { row }),
  };
  return {
    message: `"${name}" is written "${known.name}" in ${where}: use one spelling for one participant`,
    code: 'two-spellings',
    params,
  };
}

/** Records `text` (if any) as a problem at that cell. */
export function note(
  problems: InputProblem[],
  at: Omit<InputProblem, keyof ProblemText>,
  text: ProblemText | string | null,
): void {
  if (text !== null) problems.push({ ...at, ...(typeof text === 'string' ? { message: text } : text) });
}
