// Requests between two participants of the same side (EU × EU, MX × MX). The sources describe B2B
// meetings of European participants with Mexican organisations only (2016 seminar: 310 meetings with
// 56 Mexican cluster organisations), so such a request is outside what they cover. It is flagged,
// never refused: an organiser may have a reason, and the scheduler places it like any other.
import type { ImportPreview } from '@/domain/b2b/import-workspace';
import type { B2bParticipant, B2bWorkspace, Side } from '@/domain/b2b/participants';
import type { MeetingRequest } from '@/domain/b2b/types';
import { normalizeText } from '@/domain/text';
import { tr } from '@/i18n/i18n';

export interface SameSideRequest {
  request: MeetingRequest;
  side: Side;
}

/** The requests whose two participants are both known and on one side, in the requests' order. */
export function sameSideRequests(
  participants: readonly Pick<B2bParticipant, 'name' | 'side'>[],
  requests: readonly MeetingRequest[],
): SameSideRequest[] {
  // By normalised name: an import's rows may still spell a name as typed (the import flags that).
  const sides = new Map(participants.map((p) => [normalizeText(p.name), p.side]));
  return requests.flatMap((request) => {
    const side = sides.get(normalizeText(request.requester));
    return side !== undefined && side === sides.get(normalizeText(request.partner)) ? [{ request, side }] : [];
  });
}

/** The file's same-side requests, with each participant's side as the event would have it after applying it. */
export function sameSideInImport(workspace: B2bWorkspace, preview: ImportPreview): SameSideRequest[] {
  const imported = new Set(preview.participants.map((p) => normalizeText(p.name)));
  const kept = workspace.participants.filter((p) => !imported.has(normalizeText(p.name)));
  return sameSideRequests([...kept, ...preview.participants], preview.requests);
}

/** Why the request is flagged, for the reader ("Both are EU delegations: …"). */
export const sameSideText = (side: Side) => (side === 'eu' ? tr('mend:sameSide.eu') : tr('mend:sameSide.mx'));
