import type { InputProblem } from '@/domain/b2b/input-problem';
import { normalizeText } from '@/domain/text';

/**
 * One spelling per participant. Names that differ only in case, accents or inner spaces
 * ("Clúster Aeroespacial" / "cluster aeroespacial") are almost surely one organisation typed two
 * ways; the scheduler would treat them as two, so such a pair is an input error.
 */
export class NameBook {
  private readonly spelling = new Map<string, { name: string; where: string }>();

  /** Registers a spelling; a problem message when another spelling of it is already known. */
  add(name: string, where: string): string | null {
    const key = normalizeText(name);
    const known = this.spelling.get(key);
    if (!known) {
      this.spelling.set(key, { name, where });
      return null;
    }
    return known.name === name ? null : twoWays(name, known);
  }

  /** A problem message unless the name is known with exactly this spelling. */
  check(name: string, notKnown: string): string | null {
    const known = this.spelling.get(normalizeText(name));
    if (!known) return notKnown;
    return known.name === name ? null : twoWays(name, known);
  }
}

const twoWays = (name: string, known: { name: string; where: string }) =>
  `"${name}" is written "${known.name}" in ${known.where}: use one spelling for one participant`;

/** Records `message` (if any) as a problem at that cell. */
export function note(problems: InputProblem[], at: Omit<InputProblem, 'message'>, message: string | null): void {
  if (message !== null) problems.push({ ...at, message });
}
