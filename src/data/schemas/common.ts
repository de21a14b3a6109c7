import { en } from 'zod/locales';
import { z } from 'zod/mini';

// zod/mini is the tree-shakable build of zod (issue 7: the bundle budget). Unlike the classic
// build it ships without messages; the English locale gives the same texts the data-quality panel
// and the import report have always shown.
z.config(en());

/** Text that must not be empty. */
export const nonEmptyString = () => z.string().check(z.minLength(1));

export const sourceDocIds = ['briefing-2016', 'briefing-2019', 'paper-2017', 'paper-2019', 'factsheet-2020'] as const;

export const stateCodes = [
  'AGU',
  'BCN',
  'BCS',
  'CAM',
  'CHP',
  'CHH',
  'CMX',
  'COA',
  'COL',
  'DUR',
  'GUA',
  'GRO',
  'HID',
  'JAL',
  'MEX',
  'MIC',
  'MOR',
  'NAY',
  'NLE',
  'OAX',
  'PUE',
  'QUE',
  'ROO',
  'SLP',
  'SIN',
  'SON',
  'TAB',
  'TAM',
  'TLA',
  'VER',
  'YUC',
  'ZAC',
] as const;

export const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, hyphens)'));

export const sourceDocIdSchema = z.enum(sourceDocIds);
export const stateCodeSchema = z.enum(stateCodes);

export const sourceRefSchema = z.strictObject({
  doc: sourceDocIdSchema,
  section: nonEmptyString(),
});

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD'),
    z.refine(isRealDate, 'is not a real calendar date'),
  );

/** A date as precise as the source states it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

export const yearSchema = z.number().check(z.int(), z.gte(1900), z.lte(2100));

export const httpUrlSchema = z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL'));

export const latLngSchema = z.strictObject({
  lat: z.number().check(z.gte(14), z.lte(33)),
  lng: z.number().check(z.gte(-119), z.lte(-86)),
});

export const figureValueSchema = z.union([z.number(), nonEmptyString()]);

export const policyFigureSchema = z.strictObject({
  label: nonEmptyString(),
  value: figureValueSchema,
  unit: z.nullable(z.string()),
  year: z.nullable(yearSchema),
});
