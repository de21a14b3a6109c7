// The marks that set our own layer and our inferences apart from what the sources state
// (docs/data-notes/provenance.md). A mark must name a field its record (or file) really has.
import { z } from 'zod/mini';
import { nonEmptyString } from '@/data/schemas/common';

/** `inferred` on a record: each named field holds a value we inferred, with the reason. */
export function inferredSchema<const Field extends string>(fields: readonly [Field, ...Field[]]) {
  return z.optional(z.array(z.strictObject({ field: z.enum(fields), reason: nonEmptyString() })).check(z.minLength(1)));
}

/** Fields of each file that are our editorial layer (taxonomy, tags, map positions), never sourced. */
export const editorialSchema = z
  .array(
    z.union([
      z.strictObject({ file: z.literal('sectors'), field: z.enum(['related']), note: nonEmptyString() }),
      z.strictObject({
        file: z.literal('clusters'),
        field: z.enum(['focusAreas', 'position']),
        note: nonEmptyString(),
      }),
      z.strictObject({ file: z.literal('states'), field: z.enum(['position', 'capital']), note: nonEmptyString() }),
    ]),
  )
  .check(z.minLength(1));
