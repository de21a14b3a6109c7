// An import's preview (what would change, and every problem row by row) and its application to
// the workspace. A file with any problem changes nothing: the issue asks that nothing be
// scheduled from a file with errors, and a half-applied file is hard to undo by hand.
import { checkAvailabilityDays } from '@/domain/b2b/check-input';
import type { InputProblem, ProblemText } from '@/domain/b2b/input-problem';
import { parseParticipantRows, type ParticipantRow } from '@/domain/b2b/import-participants';
import { readImportTables, type ImportSource, type TableKind } from '@/domain/b2b/import-tables';
import { NameBook, note } from '@/domain/b2b/names';
import { parseAvailabilityRows } from '@/domain/b2b/parse-availability';
import { parseRequestRows } from '@/domain/b2b/parse-requests';
import type { B2bWorkspace } from '@/domain/b2b/participants';
import type { MeetingRequest, Unavailability } from '@/domain/b2b/types';
import { normalizeText } from '@/domain/text';

export interface ImportPreview {
  participants: ParticipantRow[];
  requests: MeetingRequest[];
  unavailable: Unavailability[];
  /** Sorted by table (participants, availability, requests), then row. */
  problems: InputProblem[];
  /** Sheets of a workbook that hold none of the three tables. */
  ignored: string[];
}

const unknown = (name: string): ProblemText => ({
  message: `"${name}" is not in the participants list (add it there, or check the spelling)`,
  code: 'unknown-participant',
  params: { name, list: 'participants' },
});

/** Reads the source against the workspace; nothing is changed. */
export function previewImport(source: ImportSource, workspace: B2bWorkspace): ImportPreview {
  const read = readImportTables(source);
  const problems = [...read.problems];
  const names = new NameBook();
  for (const p of workspace.participants) names.add(p.name, 'the event’s participants');
  const of = (kind: TableKind) => read.tables.filter((t) => t.kind === kind);
  const participants = of('participants').flatMap((t) => {
    const parsed = parseParticipantRows(t, t.file, names);
    problems.push(...parsed.problems);
    return parsed.participants;
  });
  // Known now: the event's participants and this file's; a request or time must name one of them.
  const known = new Set([...workspace.participants, ...participants].map((p) => normalizeText(p.name)));
  const check = (name: string) => (known.has(normalizeText(name)) ? names.check(name, unknown(name)) : unknown(name));
  const unavailable = of('availability').flatMap((t) => {
    const parsed = parseAvailabilityRows(t, t.file);
    problems.push(...parsed.problems);
    for (const { row, participant } of parsed.named)
      note(problems, { file: t.file, row, column: 'participant' }, check(participant));
    problems.push(...checkAvailabilityDays(workspace.event, parsed.rows, t.file));
    return parsed.rows.map(({ participant, date, start, end }) => ({ participant, date, start, end }));
  });
  const requests = of('requests').flatMap((t) => {
    for (const { row, cells } of t.rows)
      for (const column of ['requester', 'partner'] as const) {
        const name = cells[column] ?? '';
        if (name !== '' && !known.has(normalizeText(name)))
          problems.push({ file: t.file, row, column, ...unknown(name) });
      }
    const parsed = parseRequestRows(t, t.file, names);
    problems.push(...parsed.problems);
    return parsed.requests.map(({ requester, partner, priority }) => ({ requester, partner, priority }));
  });
  const order = (p: InputProblem) => read.tables.findIndex((t) => t.file === p.file);
  problems.sort((a, b) => order(a) - order(b) || (a.row ?? 0) - (b.row ?? 0));
  return { participants, requests, unavailable, problems, ignored: read.ignored };
}

/** How many rows of each table the preview read, for the summary line. */
export function previewCounts(preview: ImportPreview): Record<TableKind, number> {
  return {
    participants: preview.participants.length,
    availability: preview.unavailable.length,
    requests: preview.requests.length,
  };
}
