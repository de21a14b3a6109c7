import { z } from 'zod';
import { idSchema, latLngSchema, sourceRefSchema, stateCodeSchema, yearSchema } from '@/data/schemas/common';

export const stateIndicatorSchema = z.strictObject({
  kind: idSchema,
  sector: idSchema.nullable(),
  value: z.number().nonnegative(),
  detail: z.string().nullable(),
  year: yearSchema.nullable(),
  source: sourceRefSchema,
});

export const stateSchema = z.strictObject({
  code: stateCodeSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  capital: z.string().min(1),
  position: latLngSchema,
  indicators: z.array(stateIndicatorSchema),
});
