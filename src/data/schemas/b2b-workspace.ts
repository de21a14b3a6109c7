import { z } from 'zod/mini';
import { isoDateSchema } from '@/data/schemas/common';
import type { Assert, Equals } from '@/data/type-equals';
import type { B2bParticipant, B2bWorkspace } from '@/domain/b2b/participants';
import type { B2bRun } from '@/domain/b2b/run';
import { PRIORITIES, type B2bSchedule } from '@/domain/b2b/types';
import { parseTime } from '@/domain/dates';

// The B2B event as the browser keeps it (src/stores/b2b-event-store.ts): read back only when every
// part checks, as the scheduler and the grid trust what they are given.

const text = () => z.string().check(z.maxLength(500));
const time = z.string().check(z.refine((t) => parseTime(t) !== null));
const count = z.number().check(z.int(), z.gte(0), z.lte(10_000));
const priority = z.enum(PRIORITIES);

const eventSchema = z.strictObject({
  timeZone: text(),
  meetingMinutes: z.number().check(z.int(), z.gte(5), z.lte(600)),
  gapMinutes: z.number().check(z.int(), z.gte(0), z.lte(600)),
  tableNames: z.array(text()).check(z.maxLength(500)),
  sessions: z.array(z.strictObject({ name: text(), date: isoDateSchema, start: time, end: time })),
  breaks: z.array(z.strictObject({ name: text(), date: z.nullable(isoDateSchema), start: time, end: time })),
  defaultMaxMeetings: z.nullable(count),
  maxMeetings: z.record(z.string(), count),
  locked: z.array(
    z.strictObject({ requester: text(), partner: text(), date: isoDateSchema, start: time, table: z.nullable(text()) }),
  ),
});

const participantSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(500)),
  side: z.enum(['eu', 'mx']),
  clusterId: z.nullable(text()),
  people: z.array(text()),
  website: z.nullable(text()),
  contact: z.nullable(text()),
  maxMeetings: z.nullable(count),
});

const requestFields = { requester: text(), partner: text(), priority };
const unavailableSchema = z.strictObject({ participant: text(), date: isoDateSchema, start: time, end: time });

export const b2bWorkspaceSchema = z.strictObject({
  event: eventSchema,
  participants: z.array(participantSchema),
  requests: z.array(z.strictObject(requestFields)),
  unavailable: z.array(unavailableSchema),
});

const reasonSchema = z.union([
  z.strictObject({ code: z.literal('not-available'), participant: text() }),
  z.strictObject({ code: z.literal('no-common-slot') }),
  z.strictObject({ code: z.literal('cap-reached'), participant: text(), maxMeetings: count }),
  z.strictObject({ code: z.literal('no-common-free-slot'), commonSlots: count }),
  z.strictObject({ code: z.literal('tables-full'), fullSlots: count, commonSlots: count }),
  z.strictObject({ code: z.literal('fits'), freeSlots: count }),
]);

export const b2bScheduleSchema = z.strictObject({
  scheduled: z.array(
    z.strictObject({
      ...requestFields,
      date: isoDateSchema,
      start: time,
      end: time,
      table: text(),
      locked: z.boolean(),
    }),
  ),
  unscheduled: z.array(z.strictObject({ ...requestFields, reason: reasonSchema })),
  requested: count,
  bound: count,
  mustBound: count,
  idle: count,
});

const inputSchema = z.strictObject({
  event: eventSchema,
  requests: z.array(z.strictObject(requestFields)),
  unavailable: z.array(unavailableSchema),
});

/** The saved copy: the workspace, its last run (null before the first) and when it last changed. */
export const b2bSavedSchema = z.strictObject({
  workspace: b2bWorkspaceSchema,
  run: z.nullable(z.strictObject({ input: inputSchema, schedule: b2bScheduleSchema })),
  updatedAt: z.number().check(z.gte(0)),
});

export type B2bSaved = z.infer<typeof b2bSavedSchema>;

export type SchemaChecks = [
  Assert<Equals<z.infer<typeof b2bWorkspaceSchema>, B2bWorkspace>>,
  Assert<Equals<z.infer<typeof participantSchema>, B2bParticipant>>,
  Assert<Equals<z.infer<typeof b2bScheduleSchema>, B2bSchedule>>,
  Assert<Equals<z.infer<typeof b2bSavedSchema>['run'], B2bRun | null>>,
];
