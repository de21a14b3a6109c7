import { z } from 'zod/mini';
import {
  nonEmptyString,
  figureValueSchema,
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  latLngSchema,
  sourceDocIdSchema,
  sourceRefSchema,
  sourcesSchema,
  stateCodeSchema,
  yearSchema,
  namedRecordFields,
} from '@/data/schemas/common';
import { inferredSchema } from '@/data/schemas/provenance';

export const clusterSchema = z.strictObject({
  ...namedRecordFields,
  aliases: z.array(nonEmptyString()),
  acronym: z.nullable(nonEmptyString()),
  state: z.nullable(stateCodeSchema),
  city: z.nullable(nonEmptyString()),
  position: z.nullable(z.extend(latLngSchema, { precision: z.enum(['city', 'state']) })),
  sectors: z.array(z.strictObject({ id: idSchema, wording: nonEmptyString() })).check(z.minLength(1)),
  labels: z.array(
    z.strictObject({
      level: z.enum(['gold', 'silver', 'bronze']),
      validUntil: z.nullable(isoDateSchema),
      edition: sourceDocIdSchema,
      source: sourceRefSchema,
    }),
  ),
  eccpMember: z.boolean(),
  figures: z.array(
    z.strictObject({
      key: idSchema,
      label: nonEmptyString(),
      value: figureValueSchema,
      unit: z.nullable(z.string()),
      year: z.nullable(yearSchema),
      source: sourceRefSchema,
    }),
  ),
  committees: z.array(nonEmptyString()),
  focusAreas: z.array(idSchema),
  euPartners: z.array(
    z.strictObject({
      euClusterId: z.nullable(idSchema),
      name: nonEmptyString(),
      country: z.nullable(nonEmptyString()),
      source: sourceRefSchema,
    }),
  ),
  website: z.nullable(httpUrlSchema),
  editions: z.array(sourceDocIdSchema).check(z.minLength(1)),
  sources: sourcesSchema,
  description: z.nullable(nonEmptyString()),
  notes: z.nullable(nonEmptyString()),
  inferred: inferredSchema(['state', 'city', 'position']),
});
