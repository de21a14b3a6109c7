import { z } from 'zod';
import { isoDateSchema, sourceDocIdSchema } from '@/data/schemas/common';

export const metaSchema = z.strictObject({
  version: z.string().min(1),
  compiledOn: isoDateSchema,
  sources: z
    .array(
      z.strictObject({
        id: sourceDocIdSchema,
        title: z.string().min(1),
        edition: z.string().min(1),
        date: z.string().min(1),
        publisher: z.string().min(1),
      }),
    )
    .min(1),
  attribution: z.string().min(1),
});
