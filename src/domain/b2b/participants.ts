// Who takes part in a B2B event, beyond the names the scheduler works with: the side, the people
// who attend, how to reach them, and (for a Mexican cluster organisation of the dataset) its id.
import type { B2bInput, MeetingRequest, Unavailability, B2bEvent, B2bSchedule } from '@/domain/b2b/types';

export type Side = 'eu' | 'mx';

export interface B2bParticipant {
  /** The exact name requests and availability use: the participant's key, unique in an event. */
  name: string;
  side: Side;
  /** The dataset id of a Mexican cluster organisation; null for one entered by hand. */
  clusterId: string | null;
  /** The people attending (an EU delegation may send several); empty when not given. */
  people: string[];
  website: string | null;
  /** E-mail or phone, as the organiser typed it; null when not given. */
  contact: string | null;
  /** Null: the event's default cap applies. */
  maxMeetings: number | null;
}

/** One B2B event as the organiser edits it: the scheduler's input plus who the participants are. */
export interface B2bWorkspace {
  event: B2bEvent;
  participants: B2bParticipant[];
  requests: MeetingRequest[];
  unavailable: Unavailability[];
}

/** The schedule with the input it was computed from: what the outputs (agendas, plans, files) read. */
export interface B2bResult {
  input: B2bInput;
  participants: B2bParticipant[];
  schedule: B2bSchedule;
}
