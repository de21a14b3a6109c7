import { z } from 'zod/mini';
import { nonEmptyString, idSchema, sourceRefSchema, yearSchema } from '@/data/schemas/common';

export const contextFigureSchema = z.strictObject({
  id: idSchema,
  sector: z.nullable(idSchema),
  label: nonEmptyString(),
  value: z.number(),
  unit: nonEmptyString(),
  year: z.nullable(yearSchema),
  source: sourceRefSchema,
});
