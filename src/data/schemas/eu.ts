import { z } from 'zod';
import { httpUrlSchema, idSchema, partialDateSchema, policyFigureSchema, sourceRefSchema } from '@/data/schemas/common';

const sources = z.array(sourceRefSchema).min(1);

export const euClusterSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  acronym: z.string().min(1).nullable(),
  country: z.string().min(1).nullable(),
  sectors: z.array(idSchema),
  relation: z.enum(['interested', 'cooperating', 'both']),
  mexicanPartners: z.array(idSchema),
  website: httpUrlSchema.nullable(),
  sources,
});

export const escp4iSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  acronym: z.string().min(1).nullable(),
  generation: z.union([z.literal(1), z.literal(2)]).nullable(),
  sectors: z.array(idSchema),
  members: z.array(idSchema),
  figures: z.array(policyFigureSchema),
  summary: z.string().min(1),
  sources,
});

export const clusterPairSchema = z.strictObject({
  euClusterId: idSchema,
  mexicanClusterId: idSchema,
  detail: z.string().min(1).nullable(),
  sources,
});

export const eventSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  date: partialDateSchema.nullable(),
  endDate: partialDateSchema.nullable(),
  place: z.string().min(1).nullable(),
  organiser: z.string().min(1).nullable(),
  sectors: z.array(idSchema),
  figures: z.array(policyFigureSchema),
  summary: z.string().min(1),
  sources,
});

export const successStorySchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  partners: z.array(z.string().min(1)).min(1),
  mexicanClusterIds: z.array(idSchema),
  euClusterIds: z.array(idSchema),
  sectors: z.array(idSchema),
  cooperationType: z.string().min(1),
  summary: z.string().min(1),
  sources,
});

export const euSideSchema = z.strictObject({
  euClusters: z.array(euClusterSchema),
  escp4i: z.array(escp4iSchema),
  pairs: z.array(clusterPairSchema),
  events: z.array(eventSchema),
  successStories: z.array(successStorySchema),
});
