// Where a fact comes from, in words: stated in an edition of the sources, our own editorial layer
// (taxonomy, tags, map positions, declared in meta.json `editorial`), or inferred by us for a stated
// reason (a record's `inferred`). The cluster detail, the score explanations and the exports all
// word provenance through these functions.
import type { CriterionId } from '@/domain/profile';
import type {
  Cluster,
  ClusterInferredField,
  DatasetMeta,
  EditorialMark,
  InferredMark,
  SourceDocId,
  SourceRef,
} from '@/domain/types';
import { tr } from '@/i18n/i18n';

/** '2019 briefing', '2017 discussion paper', '2020 factsheet'. */
export function editionName(doc: SourceDocId): string {
  return tr(`provenance:edition.${doc}`);
}

/** 'the 2019 briefing', for a sentence ('described as in force in the 2019 briefing'). */
export function editionInSentence(doc: SourceDocId): string {
  return tr(`provenance:editionThe.${doc}`);
}

/** 'stated in the 2019 briefing, Table 6 – Formally organised clusters by state'. */
export function statedIn(ref: SourceRef): string {
  return tr('provenance:stated', { edition: editionName(ref.doc), section: ref.section });
}

/** Whether meta.json declares this field of this file our editorial layer. */
export function isEditorial(meta: DatasetMeta, file: EditorialMark['file'], field: string): boolean {
  return meta.editorial.some((m) => m.file === file && m.field === field);
}

/** The reason a field of a record was inferred, or null when the sources state it. */
export function inferredReason<F extends string>(record: { inferred?: InferredMark<F>[] }, field: F): string | null {
  return record.inferred?.find((m) => m.field === field)?.reason ?? null;
}

/** 'inferred by us: <reason>' (the reason is the dataset's English). */
export function inferredText(reason: string): string {
  return tr('provenance:inferred', { reason });
}

export type ClusterFact = ClusterInferredField | 'sectors' | 'relatedSectors' | 'focusAreas';

const EDITORIAL_OF: Partial<Record<ClusterFact, [EditorialMark['file'], string]>> = {
  relatedSectors: ['sectors', 'related'],
  focusAreas: ['clusters', 'focusAreas'],
  position: ['clusters', 'position'],
};

/** 'Related sectors', 'Map position'. */
export function factLabel(fact: ClusterFact): string {
  const labels: Record<ClusterFact, string> = {
    state: tr('provenance:fact.state'),
    city: tr('provenance:fact.city'),
    position: tr('provenance:fact.position'),
    sectors: tr('provenance:fact.sectors'),
    relatedSectors: tr('provenance:fact.relatedSectors'),
    focusAreas: tr('provenance:fact.focusAreas'),
  };
  return labels[fact];
}

function editorialText(fact: ClusterFact): string {
  if (fact === 'relatedSectors') return tr('provenance:editorial.related');
  if (fact === 'focusAreas') return tr('provenance:editorial.focusAreas');
  return tr('provenance:editorial.position');
}

export interface Provenance {
  kind: 'stated' | 'editorial' | 'inferred';
  /** In the active language ('inferred by us' for an inferred value) */
  text: string;
  /** Why it was inferred, in the dataset's English (shown marked as English) */
  reason?: string;
}

/** One phrase for a file or cell: 'inferred by us: <reason>', or the text. */
export function provenanceText(p: Provenance): string {
  return p.reason ? inferredText(p.reason) : p.text;
}

const inferred = (reason: string): Provenance => ({ kind: 'inferred', text: tr('provenance:inferredBy'), reason });

const stated = (ref: SourceRef | undefined): Provenance => ({
  kind: 'stated',
  text: ref ? statedIn(ref) : tr('provenance:noSource'),
});

/** Where one fact of a cluster comes from (see clusterFactProvenance). */
export function clusterFactSource(meta: DatasetMeta, cluster: Cluster, fact: ClusterFact): Provenance {
  const editorial = EDITORIAL_OF[fact];
  if (editorial && isEditorial(meta, ...editorial)) return { kind: 'editorial', text: editorialText(fact) };
  const reason = fact === 'state' || fact === 'city' || fact === 'position' ? inferredReason(cluster, fact) : null;
  if (reason) return inferred(reason);
  return stated(cluster.sources[0]);
}

/**
 * The provenance phrase of one fact of a cluster: 'related sector, our taxonomy', 'inferred by us: …'
 * or 'stated in the 2019 briefing, Table 6 – …' (the record's first source, where its row is).
 */
export function clusterFactProvenance(meta: DatasetMeta, cluster: Cluster, fact: ClusterFact): string {
  return provenanceText(clusterFactSource(meta, cluster, fact));
}

/**
 * What is ours in a cluster's record, one line per fact ('Related sectors: related sector, our
 * taxonomy'; 'State: inferred by us: …'): the notes an export adds beside the sources it cites.
 */
export function clusterProvenanceNotes(meta: DatasetMeta, cluster: Cluster): string[] {
  const present: Record<ClusterFact, boolean> = {
    state: cluster.state !== null,
    city: cluster.city !== null,
    position: cluster.position !== null,
    sectors: true,
    relatedSectors: true,
    focusAreas: cluster.focusAreas.length > 0,
  };
  const ours = (f: ClusterFact) => {
    const editorial = EDITORIAL_OF[f];
    if (editorial)
      return isEditorial(meta, ...editorial) || inferredReason(cluster, f as ClusterInferredField) !== null;
    return inferredReason(cluster, f as ClusterInferredField) !== null;
  };
  return (Object.keys(present) as ClusterFact[])
    .filter((f) => present[f] && ours(f))
    .map((f) => tr('provenance:note', { fact: factLabel(f), provenance: clusterFactProvenance(meta, cluster, f) }));
}

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
  switch (id) {
    case 'sector':
      return clusterFactSource(meta, cluster, score > 0 && score < 1 ? 'relatedSectors' : 'sectors');
    case 'interests':
      return cluster.focusAreas.length > 0 ? clusterFactSource(meta, cluster, 'focusAreas') : null;
    case 'state': {
      const reason = inferredReason(cluster, 'state');
      return reason ? inferred(reason) : null;
    }
    case 'label': {
      const label = cluster.labels.find((l) => l.validUntil !== null) ?? cluster.labels[0];
      return label ? stated(label.source) : null;
    }
    case 'eccp': {
      const ref = cluster.eccpMember ? cluster.sources.find((s) => s.doc === 'paper-2019') : undefined;
      return ref ? stated(ref) : null;
    }
    case 'links': {
      const ref = cluster.euPartners[0]?.source;
      return ref ? stated(ref) : null;
    }
  }
}
