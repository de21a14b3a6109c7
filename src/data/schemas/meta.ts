import { z } from 'zod/mini';
import { nonEmptyString, isoDateSchema, sourceDocIdSchema } from '@/data/schemas/common';
import { editorialSchema } from '@/data/schemas/provenance';

export const metaSchema = z.strictObject({
  version: nonEmptyString(),
  compiledOn: isoDateSchema,
  sources: z
    .array(
      z.strictObject({
        id: sourceDocIdSchema,
        title: nonEmptyString(),
        edition: nonEmptyString(),
        date: nonEmptyString(),
        publisher: nonEmptyString(),
      }),
    )
    .check(z.minLength(1)),
  attribution: nonEmptyString(),
  editorial: editorialSchema,
});
