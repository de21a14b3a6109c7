import { z } from 'zod';
import {
  httpUrlSchema,
  idSchema,
  policyFigureSchema,
  sourceRefSchema,
  stateCodeSchema,
  yearSchema,
} from '@/data/schemas/common';

export const policySchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  nameOriginal: z.string().min(1).nullable(),
  level: z.enum(['federal', 'sectoral', 'state', 'eu-mexico']),
  sectors: z.array(idSchema),
  states: z.array(stateCodeSchema),
  startYear: yearSchema.nullable(),
  endYear: yearSchema.nullable(),
  status: z.enum(['in-force', 'ended', 'discontinued', 'unknown']),
  statusNote: z.string().min(1).nullable(),
  targets: z.array(policyFigureSchema),
  summary: z.string().min(1),
  website: httpUrlSchema.nullable(),
  sources: z.array(sourceRefSchema).min(1),
});
