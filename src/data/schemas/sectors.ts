import { z } from 'zod';
import { idSchema } from '@/data/schemas/common';

export const sectorSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  related: z.array(idSchema),
  wordings: z.array(z.string().min(1)),
});
