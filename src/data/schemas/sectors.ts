import { z } from 'zod/mini';
import { nonEmptyString, idSchema } from '@/data/schemas/common';

export const sectorSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyString(),
  nameEs: nonEmptyString(),
  related: z.array(idSchema),
  wordings: z.array(nonEmptyString()),
});
