// Shared by the B2B scheduler tests: small events, a seeded random instance, and an exhaustive
// solver for tiny instances (the oracle the bound and the scheduler are checked against).
import { compileProblem, type Problem } from '@/domain/b2b/problem';
import { mulberry32 } from '@/domain/b2b/random';
import type { B2bEvent, B2bInput, MeetingRequest, Priority, Unavailability } from '@/domain/b2b/types';
import { formatTime } from '@/domain/dates';

export const DAY1 = '2026-10-20';
export const DAY2 = '2026-10-21';

/** 30-minute meetings, no gap, 2 tables, one 09:00–11:00 session on DAY1 (4 slots). */
export function makeEvent(patch: Partial<B2bEvent> = {}): B2bEvent {
  return {
    timeZone: 'America/Mexico_City',
    meetingMinutes: 30,
    gapMinutes: 0,
    tableNames: ['1', '2'],
    sessions: [{ name: 'Morning', date: DAY1, start: '09:00', end: '11:00' }],
    breaks: [],
    defaultMaxMeetings: null,
    maxMeetings: {},
    locked: [],
    ...patch,
  };
}

export const ask = (requester: string, partner: string, priority: Priority = 'should'): MeetingRequest => ({
  requester,
  partner,
  priority,
});

export const away = (participant: string, start: string, end: string, date = DAY1): Unavailability => ({
  participant,
  date,
  start,
  end,
});

/** A random small instance: any two participants may be asked to meet (not only EU–Mexico). */
export function randomInstance(seed: number, size: { people: number; requests: number; slots: number }): B2bInput {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const people = Array.from({ length: size.people }, (_, i) => `P${i}`);
  const seen = new Set<string>();
  const requests: MeetingRequest[] = [];
  for (let tries = 0; requests.length < size.requests && tries < 200; tries++) {
    const [a, b] = [int(size.people), int(size.people)];
    if (a === b || seen.has(`${Math.min(a, b)}-${Math.max(a, b)}`)) continue;
    seen.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
    requests.push(ask(people[a], people[b], (['must', 'should', 'could'] as const)[int(3)]));
  }
  const end = formatTime(9 * 60 + 30 * size.slots);
  const unavailable = people
    .filter(() => rnd() < 0.5)
    .map((p) => {
      const from = int(size.slots);
      return away(p, formatTime(540 + 30 * from), formatTime(540 + 30 * (from + 1 + int(2))));
    });
  const maxMeetings = Object.fromEntries(people.filter(() => rnd() < 0.3).map((p) => [p, int(3)]));
  const event = makeEvent({
    sessions: [{ name: 'S', date: DAY1, start: '09:00', end }],
    tableNames: Array.from({ length: 1 + int(2) }, (_, i) => `T${i + 1}`),
    maxMeetings,
  });
  return { event, requests, unavailable };
}

/** Lexicographic value of a set of meetings: musts, then shoulds, then coulds. */
export const priorityScore = (priorities: readonly Priority[]) =>
  priorities.reduce((sum, p) => sum + { must: 1_000_000, should: 1_000, could: 1 }[p], 0);

/**
 * Exhaustive search over every schedule: the most meetings any schedule places (`total`), and the
 * best priorityScore any schedule reaches (`score`). Each slot holds as many meetings as tables.
 */
export function bruteForce(input: B2bInput): { total: number; score: number } {
  const p: Problem = compileProblem(input);
  const nS = p.slots.length;
  const busy = new Uint8Array(p.participants.length * nS);
  const load = new Int32Array(nS);
  const count = new Int32Array(p.participants.length);
  const worth = input.requests.map((r) => priorityScore([r.priority]));
  const best = { total: 0, score: 0 };
  const search = (r: number, total: number, score: number): void => {
    if (r === p.ra.length) {
      best.total = Math.max(best.total, total);
      best.score = Math.max(best.score, score);
      return;
    }
    if (p.lockSlot[r] < 0) search(r + 1, total, score);
    const [a, b] = [p.ra[r], p.rb[r]];
    for (const s of p.lockSlot[r] >= 0 ? [p.lockSlot[r]] : p.common[r]) {
      if (busy[a * nS + s] || busy[b * nS + s] || load[s] >= p.tables) continue;
      if (count[a] >= p.cap[a] || count[b] >= p.cap[b]) continue;
      busy[a * nS + s] = busy[b * nS + s] = 1;
      load[s]++;
      count[a]++;
      count[b]++;
      search(r + 1, total + 1, score + worth[r]);
      busy[a * nS + s] = busy[b * nS + s] = 0;
      load[s]--;
      count[a]--;
      count[b]--;
    }
  };
  search(0, 0, 0);
  return best;
}
