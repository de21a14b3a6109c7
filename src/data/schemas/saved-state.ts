import { z } from 'zod';
import { idSchema, isoDateSchema } from '@/data/schemas/common';

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM');
const shortText = (max: number) => z.string().max(max, `must be at most ${max} characters`);

const slotSchema = z.strictObject({
  id: shortText(60).min(1),
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
    .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/, 'must be an IANA time zone such as America/Mexico_City'),
  sessions: z.array(slotSchema).max(20),
  meetingMinutes: z.number().int().min(5).max(240),
  gapMinutes: z.number().int().min(0).max(120),
  breaks: z.array(slotSchema).max(20),
  tables: z.boolean(),
  firstTable: z.number().int().min(1).max(9999),
});

export const shortlistEntrySchema = z.strictObject({ clusterId: idSchema, note: shortText(2000) });

export const shortlistSchema = z.strictObject({
  id: shortText(60).min(1),
  name: shortText(200).min(1),
  entries: z.array(shortlistEntrySchema).max(500),
  event: meetingEventSchema,
});

/** What the browser keeps between visits (version 1). */
export const savedStateSchema = z.strictObject({
  shortlists: z.array(z.unknown()),
  activeShortlistId: z.string().nullable(),
});

/** The JSON file a colleague can import. */
export const shortlistFileSchema = z.strictObject({
  format: z.literal('eu-mexico-shortlist'),
  version: z.literal(1),
  exportedAt: z.string(),
  shortlist: shortlistSchema,
});
