import { z } from 'zod/mini';
import {
  nonEmptyString,
  httpUrlSchema,
  idSchema,
  policyFigureSchema,
  sourcesSchema,
  stateCodeSchema,
  yearSchema,
  namedRecordFields,
} from '@/data/schemas/common';
import { inferredSchema } from '@/data/schemas/provenance';

export const policySchema = z.strictObject({
  ...namedRecordFields,
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
  inferred: inferredSchema(['status', 'startYear', 'endYear', 'sectors', 'states']),
});
