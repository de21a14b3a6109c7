import { formatNumber } from '@/domain/format';
import type { Dataset, DatasetAnnex } from '@/domain/types';
import type { DataProblem } from '@/data/validate';

/**
 * Far longer than any real name in the sources (the longest is under 150 characters): a name this
 * long is almost surely a data error, such as a pasted paragraph. It is shown in full (every view
 * wraps names) and reported, so a data editor can fix it.
 */
export const MAX_NAME_LENGTH = 300;

const NAME_FIELDS = ['name', 'nameEn', 'nameOriginal', 'acronym', 'title'] as const;

type NamedRecord = { id?: string; code?: string } & Partial<Record<(typeof NAME_FIELDS)[number], unknown>>;

function nameChecks(problems: DataProblem[]) {
  const check = (file: string, path: string, text: string, recordId: string | null) => {
    if (text.length <= MAX_NAME_LENGTH) return;
    const message = `is ${formatNumber(text.length)} characters long; names over ${MAX_NAME_LENGTH} characters are probably a data error`;
    problems.push({ file, path, message, recordId });
  };
  const records = (file: string, prefix: string, list: readonly NamedRecord[]) =>
    list.forEach((r, i) => {
      const id = r.id ?? r.code ?? null;
      for (const key of NAME_FIELDS) {
        const text = r[key];
        if (typeof text === 'string') check(file, `${prefix}[${i}].${key}`, text, id);
      }
    });
  return { check, records };
}

/** Names, acronyms, titles and aliases over MAX_NAME_LENGTH characters, in the first screen's files. */
export function longNames(data: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const { check, records } = nameChecks(problems);
  records('clusters.json', '', data.clusters);
  data.clusters.forEach((c, i) => {
    c.aliases.forEach((a, j) => check('clusters.json', `[${i}].aliases[${j}]`, a, c.id));
    c.euPartners.forEach((p, j) => check('clusters.json', `[${i}].euPartners[${j}].name`, p.name, c.id));
  });
  records('states.json', '', data.states);
  records('sectors.json', '', data.sectors);
  records('interests.json', '', data.interests);
  records('eu.json', 'euClusters', data.eu.euClusters);
  records('eu.json', 'escp4i', data.eu.escp4i);
  records('eu.json', 'events', data.eu.events);
  records('eu.json', 'successStories', data.eu.successStories);
  return problems;
}

/** The same for the policies' names. */
export function annexLongNames(annex: DatasetAnnex): DataProblem[] {
  const problems: DataProblem[] = [];
  nameChecks(problems).records('policies.json', '', annex.policies);
  return problems;
}
