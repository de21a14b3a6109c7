import { z } from 'zod/mini';
import {
  nonEmptyString,
  httpUrlSchema,
  idSchema,
  partialDateSchema,
  policyFigureSchema,
  sourcesSchema,
  namedRecordFields,
} from '@/data/schemas/common';
import { inferredSchema } from '@/data/schemas/provenance';

export const euClusterSchema = z.strictObject({
  ...namedRecordFields,
  acronym: z.nullable(nonEmptyString()),
  country: z.nullable(nonEmptyString()),
  sectors: z.array(idSchema),
  relation: z.enum(['interested', 'cooperating', 'both']),
  mexicanPartners: z.array(idSchema),
  website: z.nullable(httpUrlSchema),
  sources: sourcesSchema,
});

export const escp4iSchema = z.strictObject({
  ...namedRecordFields,
  acronym: z.nullable(nonEmptyString()),
  generation: z.nullable(z.union([z.literal(1), z.literal(2)])),
  sectors: z.array(idSchema),
  members: z.array(idSchema),
  figures: z.array(policyFigureSchema),
  summary: nonEmptyString(),
  sources: sourcesSchema,
});

export const clusterPairSchema = z.strictObject({
  euClusterId: idSchema,
  mexicanClusterId: idSchema,
  detail: z.nullable(nonEmptyString()),
  sources: sourcesSchema,
});

export const eventSchema = z.strictObject({
  ...namedRecordFields,
  date: z.nullable(partialDateSchema),
  endDate: z.nullable(partialDateSchema),
  place: z.nullable(nonEmptyString()),
  organiser: z.nullable(nonEmptyString()),
  sectors: z.array(idSchema),
  figures: z.array(policyFigureSchema),
  summary: nonEmptyString(),
  sources: sourcesSchema,
  inferred: inferredSchema(['organiser', 'date', 'place', 'sectors']),
});

export const successStorySchema = z.strictObject({
  id: idSchema,
  title: nonEmptyString(),
  partners: z.array(nonEmptyString()).check(z.minLength(1)),
  mexicanClusterIds: z.array(idSchema),
  euClusterIds: z.array(idSchema),
  sectors: z.array(idSchema),
  cooperationType: nonEmptyString(),
  summary: nonEmptyString(),
  sources: sourcesSchema,
});

export const euSideSchema = z.strictObject({
  euClusters: z.array(euClusterSchema),
  escp4i: z.array(escp4iSchema),
  pairs: z.array(clusterPairSchema),
  events: z.array(eventSchema),
  successStories: z.array(successStorySchema),
});
