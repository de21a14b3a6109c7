import type { B2bParticipant } from '@/domain/b2b/participants';
import type { MeetingRequest } from '@/domain/b2b/types';
import { newParticipant } from '@/domain/b2b/workspace-edit';
import type { Shortlist } from '@/domain/shortlist';
import type { Cluster } from '@/domain/types';

/**
 * Participants and requests from saved shortlists: each list is one EU delegate named by the list,
 * each entry a Mexican partner (its dataset id and website) it asks to meet, priority "should"
 * (our default: a shortlist does not rank must from could). Entries no longer in the dataset are skipped.
 */
export function fromShortlists(
  lists: readonly Shortlist[],
  clusterOf: (id: string) => Cluster | undefined,
): { participants: B2bParticipant[]; requests: MeetingRequest[] } {
  const participants: B2bParticipant[] = [];
  const requests: MeetingRequest[] = [];
  for (const list of lists) {
    participants.push(newParticipant(list.name, 'eu'));
    for (const entry of list.entries) {
      const cluster = clusterOf(entry.clusterId);
      if (!cluster) continue;
      participants.push({ ...newParticipant(cluster.name, 'mx'), clusterId: cluster.id, website: cluster.website });
      requests.push({ requester: list.name, partner: cluster.name, priority: 'should' });
    }
  }
  return { participants, requests };
}
