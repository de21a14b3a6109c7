import { z } from 'zod';
import {
  figureValueSchema,
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  latLngSchema,
  sourceDocIdSchema,
  sourceRefSchema,
  stateCodeSchema,
  yearSchema,
} from '@/data/schemas/common';

export const clusterSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  acronym: z.string().min(1).nullable(),
  state: stateCodeSchema.nullable(),
  city: z.string().min(1).nullable(),
  position: latLngSchema.extend({ precision: z.enum(['city', 'state']) }).nullable(),
  sectors: z.array(z.strictObject({ id: idSchema, wording: z.string().min(1) })).min(1),
  labels: z.array(
    z.strictObject({
      level: z.enum(['gold', 'silver', 'bronze']),
      validUntil: isoDateSchema.nullable(),
      edition: sourceDocIdSchema,
      source: sourceRefSchema,
    }),
  ),
  eccpMember: z.boolean(),
  figures: z.array(
    z.strictObject({
      key: idSchema,
      label: z.string().min(1),
      value: figureValueSchema,
      unit: z.string().nullable(),
      year: yearSchema.nullable(),
      source: sourceRefSchema,
    }),
  ),
  committees: z.array(z.string().min(1)),
  focusAreas: z.array(idSchema),
  euPartners: z.array(
    z.strictObject({
      euClusterId: idSchema.nullable(),
      name: z.string().min(1),
      country: z.string().min(1).nullable(),
      source: sourceRefSchema,
    }),
  ),
  website: httpUrlSchema.nullable(),
  editions: z.array(sourceDocIdSchema).min(1),
  sources: z.array(sourceRefSchema).min(1),
  description: z.string().min(1).nullable(),
  notes: z.string().min(1).nullable(),
});
