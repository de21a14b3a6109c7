import type { B2bParticipant, B2bWorkspace } from '@/domain/b2b/participants';
import type { B2bEvent, MeetingRequest, Priority } from '@/domain/b2b/types';
import { workingDayFrom } from '@/domain/dates';

// The organiser's edits of a B2B workspace, as pure functions: each returns the next workspace.

/** Our editorial starting point (not from the sources): one morning, a coffee break, ten tables. */
export function defaultWorkspace(now: Date): B2bWorkspace {
  const date = workingDayFrom(now);
  const event: B2bEvent = {
    timeZone: 'America/Mexico_City',
    meetingMinutes: 30,
    gapMinutes: 0,
    tableNames: tableNames(10),
    sessions: [{ name: 'Morning', date, start: '09:00', end: '13:00' }],
    breaks: [{ name: 'Coffee break', date: null, start: '11:00', end: '11:30' }],
    defaultMaxMeetings: null,
    maxMeetings: {},
    locked: [],
  };
  return { event, participants: [], requests: [], unavailable: [] };
}

/** Tables named 1..n, keeping the names of the first ones that exist already. */
export function tableNames(n: number, existing: readonly string[] = []): string[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => existing[i] ?? String(i + 1));
}

export const newParticipant = (name: string, side: B2bParticipant['side']): B2bParticipant => ({
  name,
  side,
  clusterId: null,
  people: [],
  website: null,
  contact: null,
  maxMeetings: null,
});

const pairOf = (r: Pick<MeetingRequest, 'requester' | 'partner'>) => [r.requester, r.partner].sort().join('\u0000');

/** Adds participants not there yet (by name) and requests not there yet (by pair, either way round). */
export function addToWorkspace(
  w: B2bWorkspace,
  participants: readonly B2bParticipant[],
  requests: readonly MeetingRequest[],
): B2bWorkspace {
  const names = new Set(w.participants.map((p) => p.name));
  const pairs = new Set(w.requests.map(pairOf));
  const newPeople = participants.filter((p) => !names.has(p.name) && names.add(p.name));
  const newRequests = requests.filter(
    (r) => r.requester !== r.partner && !pairs.has(pairOf(r)) && pairs.add(pairOf(r)),
  );
  return { ...w, participants: [...w.participants, ...newPeople], requests: [...w.requests, ...newRequests] };
}

export function updateParticipant(w: B2bWorkspace, name: string, patch: Partial<B2bParticipant>): B2bWorkspace {
  return { ...w, participants: w.participants.map((p) => (p.name === name ? { ...p, ...patch, name } : p)) };
}

/** Removes the participant with its requests and unavailable times. */
export function removeParticipant(w: B2bWorkspace, name: string): B2bWorkspace {
  return {
    ...w,
    participants: w.participants.filter((p) => p.name !== name),
    requests: w.requests.filter((r) => r.requester !== name && r.partner !== name),
    unavailable: w.unavailable.filter((u) => u.participant !== name),
  };
}

export function setPriority(w: B2bWorkspace, index: number, priority: Priority): B2bWorkspace {
  return { ...w, requests: w.requests.map((r, i) => (i === index ? { ...r, priority } : r)) };
}

export function removeRequest(w: B2bWorkspace, index: number): B2bWorkspace {
  return { ...w, requests: w.requests.filter((_, i) => i !== index) };
}

/** The workspace's event as the scheduler reads it: the participants' own caps folded in. */
export function eventWithCaps(w: B2bWorkspace): B2bEvent {
  const caps = w.participants.flatMap((p) => (p.maxMeetings === null ? [] : [[p.name, p.maxMeetings] as const]));
  return { ...w.event, maxMeetings: Object.fromEntries(caps) };
}
