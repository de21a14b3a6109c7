// Types of a B2B matchmaking event (requested pairs placed into slots × tables). Times are
// wall-clock 'HH:MM' in the event's time zone, dates ISO 'YYYY-MM-DD'; participants are named by
// the exact strings of the requests file.

export const PRIORITIES = ['must', 'should', 'could'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface B2bSession {
  name: string;
  date: string;
  start: string;
  end: string;
}

export interface B2bBreak {
  name: string;
  /** null: the break is on every day of the event. */
  date: string | null;
  start: string;
  end: string;
}

/** A meeting the organiser fixed: it is kept where it is. */
export interface LockedMeeting {
  requester: string;
  partner: string;
  date: string;
  start: string;
  /** null: any free table at that time. */
  table: string | null;
}

export interface B2bEvent {
  timeZone: string;
  meetingMinutes: number;
  gapMinutes: number;
  /** One name per table; the count of tables is its length. */
  tableNames: string[];
  sessions: B2bSession[];
  breaks: B2bBreak[];
  /** Cap for every participant not listed in `maxMeetings`; null: no cap. */
  defaultMaxMeetings: number | null;
  maxMeetings: Record<string, number>;
  locked: LockedMeeting[];
}

export interface MeetingRequest {
  requester: string;
  partner: string;
  priority: Priority;
}

/** A time when the participant is NOT available. */
export interface Unavailability {
  participant: string;
  date: string;
  start: string;
  end: string;
}

export interface B2bInput {
  event: B2bEvent;
  requests: MeetingRequest[];
  unavailable: Unavailability[];
}

/** Why a requested meeting is not in the schedule: a code plus the data the wording needs. */
export type UnscheduledReason =
  /** The participant is unavailable in every slot of the event. */
  | { code: 'not-available'; participant: string }
  /** Both have free slots, but never the same one. */
  | { code: 'no-common-slot' }
  /** The participant already has its maximum number of meetings. */
  | { code: 'cap-reached'; participant: string; maxMeetings: number }
  /** In every slot where both are available, one of them already has another meeting. */
  | { code: 'no-common-free-slot'; commonSlots: number }
  /** Some slots have both free, but every table is taken in all of them. */
  | { code: 'tables-full'; fullSlots: number; commonSlots: number }
  /**
   * It fits in `freeSlots` slots as the schedule stands: only after the organiser's edits (a meeting
   * taken out, or room made by a move); the scheduler itself never leaves one that fits.
   */
  | { code: 'fits'; freeSlots: number };

export type ReasonCode = UnscheduledReason['code'];

export interface PlacedMeeting extends MeetingRequest {
  date: string;
  start: string;
  end: string;
  table: string;
  locked: boolean;
}

export interface UnplacedMeeting extends MeetingRequest {
  reason: UnscheduledReason;
}

export interface B2bSchedule {
  /** In time order, then by table. */
  scheduled: PlacedMeeting[];
  /** Must first, then should, then could; in request order within a priority. */
  unscheduled: UnplacedMeeting[];
  requested: number;
  /** Proven: no schedule with this availability places more meetings (see bound.ts). */
  bound: number;
  /** The same bound for the must meetings alone. */
  mustBound: number;
  /** Waiting slots summed over participants (see idle.ts). */
  idle: number;
}
