import { z } from 'zod/mini';
import { nonEmptyString, idSchema } from '@/data/schemas/common';

export const interestSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyString(),
  nameEs: nonEmptyString(),
  description: nonEmptyString(),
  descriptionEs: nonEmptyString(),
  keywords: z.array(nonEmptyString()),
});
