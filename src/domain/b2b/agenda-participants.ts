// Who the outputs list, side by side: the participants of the result, and any name a request uses
// that the participant list lacks (kept, never dropped, so no meeting vanishes from a plan).
import type { B2bParticipant, B2bResult, Side } from '@/domain/b2b/participants';

/**
 * Facts about a participant from elsewhere than the organiser's entry (e.g. the dataset's website
 * of a Mexican cluster), by participant name. Used only where the entry leaves a field empty.
 */
export type PartnerFacts = Readonly<Record<string, { website?: string | null; contact?: string | null }>>;

// Editorial choice for a name missing from the participant list: a requester is put with the EU
// side and a partner with Mexico, as the requests file reads; nothing else about it is assumed.
function unlisted(name: string, side: Side): B2bParticipant {
  return { name, side, clusterId: null, people: [], website: null, contact: null, maxMeetings: null };
}

/** The participant named `name`, or an entry with nothing stated when the list lacks it. */
export function participantOf(result: B2bResult, name: string): B2bParticipant {
  const listed = result.participants.find((p) => p.name === name);
  if (listed) return listed;
  return unlisted(name, result.input.requests.some((r) => r.partner === name) ? 'mx' : 'eu');
}

/** Every participant on one side, in list order, then the unlisted names of that side in request order. */
export function participantsOnSide(result: B2bResult, side: Side): B2bParticipant[] {
  const listed = new Set(result.participants.map((p) => p.name));
  const extra = new Set<string>();
  for (const r of result.input.requests) {
    for (const name of [r.requester, r.partner]) {
      if (!listed.has(name) && participantOf(result, name).side === side) extra.add(name);
    }
  }
  return [...result.participants.filter((p) => p.side === side), ...[...extra].map((n) => unlisted(n, side))];
}
