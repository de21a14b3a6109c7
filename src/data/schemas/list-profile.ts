import { z } from 'zod/mini';
import { idSchema, isoDateSchema, stateCodeSchema } from '@/data/schemas/common';
import { CRITERIA, type CriterionId } from '@/domain/profile';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';

const LIMIT = SAVED_STATE_LIMITS.profile;

const terms = () => z.array(idSchema).check(z.maxLength(LIMIT.terms));
const weight = z.number().check(z.gte(0), z.lte(LIMIT.weight));

export const profileSchema = z.strictObject({
  sectors: terms(),
  interests: terms(),
  country: z.nullable(z.string().check(z.maxLength(LIMIT.country))),
  preferredStates: z.array(stateCodeSchema).check(z.maxLength(LIMIT.terms)),
  euClusterId: z.nullable(idSchema),
  asOf: isoDateSchema,
});

export const weightsSchema = z.strictObject(
  Object.fromEntries(CRITERIA.map((id) => [id, weight])) as Record<CriterionId, typeof weight>,
);

/** The profile a saved list was built for (src/domain/list-profile.ts). */
export const listProfileSchema = z.strictObject({
  profile: profileSchema,
  weights: weightsSchema,
  presetId: z.nullable(z.string().check(z.maxLength(LIMIT.presetId))),
  expiredLabelFactor: z.number().check(z.gte(0), z.lte(1)),
});
