// What an import does to the workspace: participants added or updated by name, requests added or
// their priority updated by pair, unavailable times added; nothing is removed. An empty cell keeps
// the value the event already has (clearing a value is done in the app, on purpose).
import type { ImportPreview } from '@/domain/b2b/import-workspace';
import type { B2bParticipant, B2bWorkspace } from '@/domain/b2b/participants';
import type { MeetingRequest, Unavailability } from '@/domain/b2b/types';

export interface ImportChanges {
  participantsAdded: number;
  participantsUpdated: number;
  requestsAdded: number;
  requestsUpdated: number;
  unavailableAdded: number;
}

const pairKey = (r: MeetingRequest) =>
  r.requester < r.partner ? `${r.requester}\u0000${r.partner}` : `${r.partner}\u0000${r.requester}`;
const timeKey = (u: Unavailability) => [u.participant, u.date, u.start, u.end].join('\u0000');

/** The workspace with the preview merged in; null (nothing to change) when the preview has problems. */
export function mergeImport(
  workspace: B2bWorkspace,
  preview: ImportPreview,
): { next: B2bWorkspace; changes: ImportChanges } | null {
  if (preview.problems.length > 0) return null;
  const changes: ImportChanges = {
    participantsAdded: 0,
    participantsUpdated: 0,
    requestsAdded: 0,
    requestsUpdated: 0,
    unavailableAdded: 0,
  };
  const participants = [...workspace.participants];
  for (const row of preview.participants) {
    const at = participants.findIndex((p) => p.name === row.name);
    const before: B2bParticipant | undefined = participants[at];
    const next: B2bParticipant = {
      name: row.name,
      side: row.side,
      clusterId: before?.clusterId ?? null,
      people: row.people ?? before?.people ?? [],
      website: row.website ?? before?.website ?? null,
      contact: row.contact ?? before?.contact ?? null,
      maxMeetings: row.maxMeetings ?? before?.maxMeetings ?? null,
    };
    if (!before) {
      participants.push(next);
      changes.participantsAdded++;
    } else if (JSON.stringify(before) !== JSON.stringify(next)) {
      participants[at] = next;
      changes.participantsUpdated++;
    }
  }
  const requests = [...workspace.requests];
  const pairs = new Map(requests.map((r, i) => [pairKey(r), i]));
  for (const request of preview.requests) {
    const at = pairs.get(pairKey(request));
    if (at === undefined) {
      pairs.set(pairKey(request), requests.push(request) - 1);
      changes.requestsAdded++;
    } else if (requests[at]!.priority !== request.priority) {
      requests[at] = { ...requests[at]!, priority: request.priority };
      changes.requestsUpdated++;
    }
  }
  const times = new Set(workspace.unavailable.map(timeKey));
  const unavailable = [...workspace.unavailable];
  for (const u of preview.unavailable) {
    if (times.has(timeKey(u))) continue;
    times.add(timeKey(u));
    unavailable.push(u);
    changes.unavailableAdded++;
  }
  return { next: { ...workspace, participants, requests, unavailable }, changes };
}
