import { z } from 'zod/mini';
import {
  nonEmptyString,
  httpUrlSchema,
  idSchema,
  policyFigureSchema,
  sourcesSchema,
  stateCodeSchema,
  yearSchema,
} from '@/data/schemas/common';

export const policySchema = z.strictObject({
  id: idSchema,
  name: nonEmptyString(),
  nameOriginal: z.nullable(nonEmptyString()),
  level: z.enum(['federal', 'sectoral', 'state', 'eu-mexico']),
  sectors: z.array(idSchema),
  states: z.array(stateCodeSchema),
  startYear: z.nullable(yearSchema),
  endYear: z.nullable(yearSchema),
  status: z.enum(['in-force', 'ended', 'discontinued', 'unknown']),
  statusNote: z.nullable(nonEmptyString()),
  targets: z.array(policyFigureSchema),
  summary: nonEmptyString(),
  website: z.nullable(httpUrlSchema),
  sources: sourcesSchema,
});
