import { z } from 'zod/mini';
import { idSchema, isoDateSchema } from '@/data/schemas/common';
import { listProfileSchema } from '@/data/schemas/list-profile';
import { TIME_OF_DAY, isValidIsoDate } from '@/domain/dates';
import { OUTCOME_STATUSES } from '@/domain/event';
import { formatNumber } from '@/domain/format';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { tr } from '@/i18n/i18n';

const { event: EVENT, shortlist: LIST } = SAVED_STATE_LIMITS;

const timeSchema = z.string().check(z.regex(TIME_OF_DAY, { error: () => tr('data:issue.time') }));
const shortText = (max: number) =>
  z
    .string()
    .check(z.maxLength(max, { error: () => tr('data:issue.textTooLong', { count: max, n: formatNumber(max) }) }));

const slotSchema = z.strictObject({
  id: shortText(EVENT.slotId).check(z.minLength(1)),
  label: shortText(EVENT.slotLabel),
  start: timeSchema,
  end: timeSchema,
});

export const meetingEventSchema = z.strictObject({
  name: shortText(EVENT.name),
  date: isoDateSchema,
  place: shortText(EVENT.place),
  timeZone: z.string().check(z.regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/, { error: () => tr('data:issue.timeZone') })),
  sessions: z.array(slotSchema).check(z.maxLength(EVENT.slots)),
  meetingMinutes: z.number().check(z.int(), z.gte(EVENT.meetingMinutes.min), z.lte(EVENT.meetingMinutes.max)),
  gapMinutes: z.number().check(z.int(), z.gte(EVENT.gapMinutes.min), z.lte(EVENT.gapMinutes.max)),
  breaks: z.array(slotSchema).check(z.maxLength(EVENT.slots)),
  tables: z.boolean(),
  firstTable: z.number().check(z.int(), z.gte(EVENT.firstTable.min), z.lte(EVENT.firstTable.max)),
});

/** A meeting's outcome (version 4); `at` is when it was last changed, an ISO date-time. */
export const entryOutcomeSchema = z.strictObject({
  status: z.enum(OUTCOME_STATUSES),
  note: shortText(LIST.note),
  // What Date.prototype.toISOString writes, as the store stamps it (zod's iso module would cost the first screen more).
  at: z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/, {
      error: () => tr('contacts:issue.dateTime'),
    }),
    z.refine((v) => isValidIsoDate(v.slice(0, 10)), { error: () => tr('data:issue.calendarDate') }),
  ),
});

export const shortlistEntrySchema = z.strictObject({
  clusterId: idSchema,
  note: shortText(LIST.note),
  outcome: z.optional(entryOutcomeSchema),
});

export const shortlistSchema = z.strictObject({
  id: shortText(LIST.id).check(z.minLength(1)),
  name: shortText(LIST.name).check(z.minLength(1)),
  entries: z.array(shortlistEntrySchema).check(z.maxLength(LIST.entries)),
  event: meetingEventSchema,
  revision: z.optional(z.number().check(z.int(), z.gte(0))),
  profile: z.optional(listProfileSchema),
});

/** The top-level fields of what the browser keeps between visits (version 4). */
export const SAVED_STATE_FIELDS = ['shortlists', 'activeShortlistId', 'rev', 'clock'] as const;

/**
 * What the browser keeps between visits (version 3: a list may carry its profile and `revision`). Each part is checked on its own (a bad active
 * id or clock never drops the lists), and a field this version does not know is kept, not refused.
 */
export const savedStateSchema = z.object({ shortlists: z.array(z.unknown()) });
export const activeShortlistIdSchema = z.nullable(z.string());

const stamp = z.number().check(z.gte(0));
/** When each part of a saved list last changed, so two tabs' copies can be merged (stores/sync-clock.ts). */
export const listClockSchema = z.object({
  id: z.string(),
  created: stamp,
  name: stamp,
  event: stamp,
  profile: z.optional(stamp),
  order: stamp,
  entries: z.array(z.tuple([z.string(), stamp])),
});
export const removalSchema = z.object({ list: z.string(), cluster: z.nullable(z.string()), at: stamp });
export const syncClockSchema = z.object({ lists: z.array(listClockSchema), removed: z.array(removalSchema) });
export const revSchema = z.number().check(z.int(), z.gte(0));

/** The JSON file a colleague can import. */
export const shortlistFileSchema = z.strictObject({
  format: z.literal('eu-mexico-shortlist'),
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  exportedAt: z.string(),
  shortlist: shortlistSchema,
});
