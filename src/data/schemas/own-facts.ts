import { z } from 'zod/mini';
import { stateCodes } from '@/data/schemas/common';
import { formatPath } from '@/data/validate';
import { isValidIsoDate } from '@/domain/dates';
import type { OwnField, OwnFieldValues } from '@/domain/own-facts/types';
import { tr } from '@/i18n/i18n';

// The user's own facts, checked field by field: every message names what is wrong with that one value
// in the active language (the forms show it under the field; an import or a loaded copy lists them).

/** The ids the user may pick; null where the dataset is not at hand (a stored copy is read before it loads). */
export interface OwnVocabulary {
  sectors: ReadonlySet<string>;
  interests: ReadonlySet<string>;
}

// Spelled out, so the message extractor sees every key.
const ISSUE = {
  contactName: () => tr('ownFacts:issue.contactName'),
  country: () => tr('ownFacts:issue.country'),
  dateFormat: () => tr('ownFacts:issue.dateFormat'),
  dateMissing: () => tr('ownFacts:issue.dateMissing'),
  dateOrder: () => tr('ownFacts:issue.dateOrder'),
  email: () => tr('ownFacts:issue.email'),
  empty: () => tr('ownFacts:issue.empty'),
  id: () => tr('ownFacts:issue.id'),
  interest: () => tr('ownFacts:issue.interest'),
  level: () => tr('ownFacts:issue.level'),
  ownId: () => tr('ownFacts:issue.ownId'),
  phone: () => tr('ownFacts:issue.phone'),
  sector: () => tr('ownFacts:issue.sector'),
  stamp: () => tr('ownFacts:issue.stamp'),
  state: () => tr('ownFacts:issue.state'),
  tooLong: () => tr('ownFacts:issue.tooLong'),
  tooMany: () => tr('ownFacts:issue.tooMany'),
  website: () => tr('ownFacts:issue.website'),
};
const say = (key: keyof typeof ISSUE) => ({ error: ISSUE[key] });
const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, say('empty')), z.maxLength(max, say('tooLong')));

export const OWN_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const url = z
  .string()
  .check(z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, say('website')), z.maxLength(500, say('tooLong')));
const date = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, say('dateFormat')), z.refine(isValidIsoDate, say('dateMissing')));
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, say('id')));
const known = (set: ReadonlySet<string> | undefined, key: 'sector' | 'interest') =>
  id.check(z.refine((v) => !set || set.has(v), say(key)));

const contact = z.strictObject({
  firstName: z.string().check(z.maxLength(100, say('tooLong'))),
  lastName: z.string().check(z.maxLength(100, say('tooLong'))),
  email: z.nullable(z.string().check(z.regex(OWN_EMAIL, say('email')), z.maxLength(200, say('tooLong')))),
  phone: z.nullable(z.string().check(z.regex(/^\+?[0-9 ()./-]{5,30}$/, say('phone')))),
  role: z.nullable(text(120)),
});

/** One schema per field of OwnFieldValues; sectors and focus areas are checked against the vocabulary when given. */
export function ownFieldSchemas(vocab?: OwnVocabulary) {
  return {
    name: text(200),
    state: z.nullable(z.enum(stateCodes, say('state'))),
    city: z.nullable(text(120)),
    sectors: z.array(known(vocab?.sectors, 'sector')).check(z.maxLength(20, say('tooMany'))),
    website: z.nullable(url),
    contacts: z
      .array(
        contact.check(
          z.refine((c) => c.firstName.trim() !== '' || c.lastName.trim() !== '', {
            ...say('contactName'),
            path: ['firstName'],
          }),
        ),
      )
      .check(z.maxLength(20, say('tooMany'))),
    focusAreas: z.array(known(vocab?.interests, 'interest')).check(z.maxLength(20, say('tooMany'))),
    labels: z
      .array(
        z
          .strictObject({
            level: z.enum(['gold', 'silver', 'bronze'], say('level')),
            validFrom: z.nullable(date),
            validUntil: z.nullable(date),
          })
          .check(
            z.refine((l) => !l.validFrom || !l.validUntil || l.validFrom <= l.validUntil, {
              ...say('dateOrder'),
              path: ['validUntil'],
            }),
          ),
      )
      .check(z.maxLength(10, say('tooMany'))),
    eccpMember: z.boolean(),
    euPartners: z
      .array(
        z.strictObject({
          name: text(200),
          country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, say('country')))),
        }),
      )
      .check(z.maxLength(50, say('tooMany'))),
  } satisfies { [K in OwnField]: z.ZodMiniType<OwnFieldValues[K]> };
}

export const ownStampSchema = z.strictObject({
  at: z.iso.datetime(say('stamp')),
  sourceUrl: z.nullable(url),
  note: z.nullable(z.string().check(z.maxLength(1000, say('tooLong')))),
});

const FORMAT = ownFieldSchemas();

/** A stamped value of every field the user set (unknown fields are refused: a newer build wrote them). */
export const ownValuesSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(FORMAT).map(([k, schema]) => [
      k,
      z.optional(z.strictObject({ value: schema, stamp: ownStampSchema })),
    ]),
  ) as {
    [K in OwnField]: z.ZodMiniOptional<z.ZodMiniObject<{ value: (typeof FORMAT)[K]; stamp: typeof ownStampSchema }>>;
  },
);

export const ownOrganisationSchema = z.strictObject({
  id: z.string().check(z.regex(/^own-[a-z0-9-]{1,60}$/, say('ownId'))),
  created: ownStampSchema,
  values: z.extend(ownValuesSchema, { name: z.strictObject({ value: FORMAT.name, stamp: ownStampSchema }) }),
});

export const ownCorrectionSchema = z.strictObject({ clusterId: id, values: ownValuesSchema });

export const ownRemovalSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  field: z.nullable(z.enum(Object.keys(FORMAT) as [OwnField, ...OwnField[]])),
  at: z.iso.datetime(say('stamp')),
});

/** Field-level problems of one value: `path` ('contacts[0].email') → message, in the active language. */
export function ownFieldProblems<K extends OwnField>(
  field: K,
  value: OwnFieldValues[K],
  vocab?: OwnVocabulary,
): Map<string, string> {
  const result = ownFieldSchemas(vocab)[field].safeParse(value);
  const out = new Map<string, string>();
  if (!result.success)
    for (const issue of result.error.issues) {
      const path = formatPath([field, ...issue.path]);
      if (!out.has(path)) out.set(path, issue.message);
    }
  return out;
}

/** Field-level problems of a whole organisation or correction form. */
export function ownValuesProblems(values: Partial<OwnFieldValues>, vocab?: OwnVocabulary): Map<string, string> {
  const out = new Map<string, string>();
  for (const [field, value] of Object.entries(values) as [OwnField, never][]) {
    if (value !== undefined)
      for (const [path, message] of ownFieldProblems(field, value, vocab)) out.set(path, message);
  }
  return out;
}
