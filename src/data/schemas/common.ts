import { z } from 'zod/mini';
import { isValidIsoDate } from '@/domain/dates';
import { issueMessage } from '@/data/schemas/issue-message';

// zod/mini is the tree-shakable build of zod (bundle budget, docs/architecture.md); it ships without
// messages, so the data layer supplies its own. Checks with their own message keep it.
z.config({ customError: issueMessage });

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

/** The sources a record cites; a record that cites none is rejected. */
export const sourcesSchema = z.array(sourceRefSchema).check(z.minLength(1));

export const isoDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD'),
    z.refine(isValidIsoDate, 'is not a real calendar date'),
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
