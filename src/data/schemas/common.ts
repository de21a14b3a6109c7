import { z } from 'zod';

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

export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, hyphens)');

export const sourceDocIdSchema = z.enum(sourceDocIds);
export const stateCodeSchema = z.enum(stateCodes);

export const sourceRefSchema = z.strictObject({
  doc: sourceDocIdSchema,
  section: z.string().min(1),
});

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** A date as precise as the source states it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const yearSchema = z.number().int().min(1900).max(2100);

export const httpUrlSchema = z.string().regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL');

export const latLngSchema = z.strictObject({
  lat: z.number().min(14).max(33),
  lng: z.number().min(-119).max(-86),
});

export const figureValueSchema = z.union([z.number(), z.string().min(1)]);

export const policyFigureSchema = z.strictObject({
  label: z.string().min(1),
  value: figureValueSchema,
  unit: z.string().nullable(),
  year: yearSchema.nullable(),
});
