import type { InputProblem, ProblemText } from '@/domain/b2b/input-problem';
import { note, type NameBook } from '@/domain/b2b/names';
import type { ParsedAvailability } from '@/domain/b2b/parse-availability';
import { compileProblem, type LockIssue } from '@/domain/b2b/problem';
import { eventDates } from '@/domain/b2b/slots';
import type { B2bEvent, B2bInput, MeetingRequest, Unavailability } from '@/domain/b2b/types';
import { formatTime, parseTime } from '@/domain/dates';

export interface FileNames {
  event: string;
  requests: string;
  availability: string;
}

const LOCK_ISSUES: Record<LockIssue, string> = {
  'not-requested': 'this pair is not requested (or is locked twice)',
  'not-a-slot': 'no meeting slot starts at that date and time',
  'unknown-table': 'no table has that name (see tableNames)',
  unavailable: 'one of the two is not available then',
  'double-booked': 'one of the two already has a locked meeting then',
  'table-taken': 'that table already has a locked meeting then',
  'tables-full': 'every table already has a locked meeting then',
  'cap-exceeded': 'one of the two has more locked meetings than its maxMeetings',
};

/**
 * Checks the files against each other: names, days and times, locked meetings (those last only
 * when all else is clean, as they need a schedulable event). Without an event, names only.
 */
export function checkInput(
  event: B2bEvent | null,
  requests: readonly MeetingRequest[],
  names: NameBook,
  availability: ParsedAvailability,
  files: FileNames,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const unknown = (name: string): ProblemText => ({
    message: `"${name}" has no meeting requests in ${files.requests} (check the spelling, or remove it here)`,
    code: 'unknown-participant',
    params: { name, list: files.requests },
  });
  for (const { row, participant } of availability.named)
    note(
      problems,
      { file: files.availability, row, column: 'participant' },
      names.check(participant, unknown(participant)),
    );
  if (!event) return problems;
  Object.keys(event.maxMeetings).forEach((name) =>
    note(problems, { file: files.event, path: 'participants' }, names.check(name, unknown(name))),
  );
  event.locked.forEach((lock, i) => {
    for (const side of ['requester', 'partner'] as const)
      note(problems, { file: files.event, path: `locked[${i}].${side}` }, names.check(lock[side], unknown(lock[side])));
  });
  problems.push(...checkAvailabilityDays(event, availability.rows, files.availability));
  if (problems.length > 0) return problems;
  const input: B2bInput = { event, requests: [...requests], unavailable: [...availability.rows] };
  return compileProblem(input).lockIssues.map(({ lock, issue }) => ({
    file: files.event,
    path: `locked[${lock}]`,
    message: LOCK_ISSUES[issue],
  }));
}

/** Unavailable times on a day the event does not have, or outside that day's sessions. */
export function checkAvailabilityDays(
  event: B2bEvent,
  rows: ReadonlyArray<Unavailability & { row: number }>,
  file: string,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const dates = eventDates(event);
  for (const { row, date, start, end } of rows) {
    if (!dates.includes(date)) {
      const days = dates.join(', ');
      const message = `${date} is not a day of the event (${days})`;
      problems.push({ file, row, column: 'date', message, code: 'not-event-day', params: { date, days } });
      continue;
    }
    const day = event.sessions.filter((s) => s.date === date).map((s) => [parseTime(s.start), parseTime(s.end)]);
    const open = Math.min(...day.map(([s]) => s ?? 0));
    const close = Math.max(...day.map(([, e]) => e ?? 0));
    const hours = `${formatTime(open)}–${formatTime(close)}`;
    if ((parseTime(start) ?? 0) < open) {
      const message = `${start} is before the sessions of that day (${hours})`;
      problems.push({ file, row, column: 'start', message, code: 'before-sessions', params: { time: start, hours } });
    }
    if ((parseTime(end) ?? 0) > close) {
      const message = `${end} is after the sessions of that day (${hours})`;
      problems.push({ file, row, column: 'end', message, code: 'after-sessions', params: { time: end, hours } });
    }
  }
  return problems;
}
