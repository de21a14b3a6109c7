import { z } from 'zod/mini';
import {
  nonEmptyString,
  idSchema,
  latLngSchema,
  sourceRefSchema,
  stateCodeSchema,
  yearSchema,
} from '@/data/schemas/common';

export const stateIndicatorSchema = z.strictObject({
  kind: idSchema,
  sector: z.nullable(idSchema),
  value: z.number().check(z.nonnegative()),
  detail: z.nullable(z.string()),
  year: z.nullable(yearSchema),
  source: sourceRefSchema,
});

export const stateSchema = z.strictObject({
  code: stateCodeSchema,
  name: nonEmptyString(),
  nameEn: nonEmptyString(),
  aliases: z.array(nonEmptyString()),
  capital: nonEmptyString(),
  position: latLngSchema,
  indicators: z.array(stateIndicatorSchema),
});
