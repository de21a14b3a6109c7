import type { CriterionId } from '@/domain/profile';
import { CRITERION_FIELD, ownSource } from '@/domain/own-facts/own-provenance';
import { clusterFactSource, inferredReason, inferredSource, statedSource, type Provenance } from '@/domain/provenance';
import type { Cluster, DatasetMeta } from '@/domain/types';

/**
 * Where a criterion's reason comes from, for the score explanation: the editorial layer it rests on,
 * an inference, or the edition and table that state it. Null when the reason names its editions itself.
 */
export function criterionProvenance(
  meta: DatasetMeta,
  cluster: Cluster,
  id: CriterionId,
  score: number,
): Provenance | null {
  // A reason resting on the user's entry is theirs, whatever the sources say (related sectors stay our taxonomy).
  const own = id === 'sector' && score > 0 && score < 1 ? null : ownSource(cluster, CRITERION_FIELD[id]);
  if (own) return own;
  switch (id) {
    case 'sector':
      return clusterFactSource(meta, cluster, score > 0 && score < 1 ? 'relatedSectors' : 'sectors');
    case 'interests':
      return cluster.focusAreas.length > 0 ? clusterFactSource(meta, cluster, 'focusAreas') : null;
    case 'state': {
      const reason = inferredReason(cluster, 'state');
      return reason ? inferredSource(reason) : null;
    }
    case 'label': {
      const label = cluster.labels.find((l) => l.validUntil !== null) ?? cluster.labels[0];
      return label ? statedSource(label.source) : null;
    }
    case 'eccp': {
      const ref = cluster.eccpMember ? cluster.sources.find((s) => s.doc === 'paper-2019') : undefined;
      return ref ? statedSource(ref) : null;
    }
    case 'links': {
      const ref = cluster.euPartners[0]?.source;
      return ref ? statedSource(ref) : null;
    }
  }
}
