import { z } from 'zod';
import { idSchema } from '@/data/schemas/common';

export const interestSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  description: z.string().min(1),
  keywords: z.array(z.string().min(1)),
});
