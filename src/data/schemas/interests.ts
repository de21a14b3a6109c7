import { z } from 'zod/mini';
import { nonEmptyString, idSchema } from '@/data/schemas/common';

export const interestSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyString(),
  description: nonEmptyString(),
  keywords: z.array(nonEmptyString()),
});
