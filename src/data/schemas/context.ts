import { z } from 'zod';
import { idSchema, sourceRefSchema, yearSchema } from '@/data/schemas/common';

export const contextFigureSchema = z.strictObject({
  id: idSchema,
  sector: idSchema.nullable(),
  label: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  year: yearSchema.nullable(),
  source: sourceRefSchema,
});
