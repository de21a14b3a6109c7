import { z } from 'zod/mini';
import { idSchema, isoDateSchema } from '@/data/schemas/common';
import { TIME_OF_DAY } from '@/domain/dates';

const timeSchema = z.string().check(z.regex(TIME_OF_DAY, 'must be a time HH:MM'));
const shortText = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max} characters`));

const slotSchema = z.strictObject({
  id: shortText(60).check(z.minLength(1)),
  label: shortText(80),
  start: timeSchema,
  end: timeSchema,
});

export const meetingEventSchema = z.strictObject({
  name: shortText(200),
  date: isoDateSchema,
  place: shortText(200),
  timeZone: z
    .string()
    .check(z.regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/, 'must be an IANA time zone such as America/Mexico_City')),
  sessions: z.array(slotSchema).check(z.maxLength(20)),
  meetingMinutes: z.number().check(z.int(), z.gte(5), z.lte(240)),
  gapMinutes: z.number().check(z.int(), z.gte(0), z.lte(120)),
  breaks: z.array(slotSchema).check(z.maxLength(20)),
  tables: z.boolean(),
  firstTable: z.number().check(z.int(), z.gte(1), z.lte(9999)),
});

export const shortlistEntrySchema = z.strictObject({ clusterId: idSchema, note: shortText(2000) });

export const shortlistSchema = z.strictObject({
  id: shortText(60).check(z.minLength(1)),
  name: shortText(200).check(z.minLength(1)),
  entries: z.array(shortlistEntrySchema).check(z.maxLength(500)),
  event: meetingEventSchema,
});

/** What the browser keeps between visits (version 1). */
export const savedStateSchema = z.strictObject({
  shortlists: z.array(z.unknown()),
  activeShortlistId: z.nullable(z.string()),
});

/** The JSON file a colleague can import. */
export const shortlistFileSchema = z.strictObject({
  format: z.literal('eu-mexico-shortlist'),
  version: z.literal(1),
  exportedAt: z.string(),
  shortlist: shortlistSchema,
});
