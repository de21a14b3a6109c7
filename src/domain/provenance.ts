// Where a fact comes from, in words: stated in an edition of the sources, our own editorial layer
// (taxonomy, tags, map positions, declared in meta.json `editorial`), or inferred by us for a stated
// reason (a record's `inferred`). The cluster detail, the score explanations and the exports all
// word provenance through these functions.
import type {
  Cluster,
  ClusterInferredField,
  DatasetMeta,
  EditorialMark,
  InferredMark,
  SourceRef,
} from '@/domain/types';
import { statedIn } from '@/domain/editions';
import { ownMark, ownNotes, ownSource, withGrounds } from '@/domain/own-facts/own-provenance';
import type { OwnField } from '@/domain/own-facts/types';
import { tr } from '@/i18n/i18n';

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
  /** 'yours': added or corrected by the user (with the date, and their source link or note). */
  kind: 'stated' | 'editorial' | 'inferred' | 'yours';
  /** In the active language ('inferred by us' for an inferred value) */
  text: string;
  /** Why it was inferred, in the dataset's English (shown marked as English) */
  reason?: string;
  /** The user's own source link and note, for a value of theirs. */
  sourceUrl?: string | null;
  note?: string | null;
}

/** One phrase for a file or cell: 'inferred by us: <reason>', 'corrected by you, … (source: …)', or the text. */
export function provenanceText(p: Provenance): string {
  if (p.kind === 'yours') return withGrounds(p.text, p.sourceUrl ?? null, p.note ?? null);
  return p.reason ? inferredText(p.reason) : p.text;
}

/** An inferred value, with the reason we inferred it. */
export const inferredSource = (reason: string): Provenance => ({
  kind: 'inferred',
  text: tr('provenance:inferredBy'),
  reason,
});

/** A stated value, with the edition and table that state it. */
export const statedSource = (ref: SourceRef | undefined): Provenance => ({
  kind: 'stated',
  text: ref ? statedIn(ref) : tr('provenance:noSource'),
});

// The user's state places their value on the map too; related sectors stay our taxonomy's.
const OWN_FIELD_OF: Partial<Record<ClusterFact, OwnField>> = {
  state: 'state',
  city: 'city',
  position: 'state',
  sectors: 'sectors',
  focusAreas: 'focusAreas',
};

/** Where one fact of a cluster comes from (see clusterFactProvenance). */
export function clusterFactSource(meta: DatasetMeta, cluster: Cluster, fact: ClusterFact): Provenance {
  const field = OWN_FIELD_OF[fact];
  const own = field ? ownSource(cluster, field) : null;
  if (own) return own;
  const editorial = EDITORIAL_OF[fact];
  if (editorial && isEditorial(meta, ...editorial)) return { kind: 'editorial', text: editorialText(fact) };
  const reason = fact === 'state' || fact === 'city' || fact === 'position' ? inferredReason(cluster, fact) : null;
  if (reason) return inferredSource(reason);
  return statedSource(cluster.sources[0]);
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
  const notes = (Object.keys(present) as ClusterFact[])
    .filter((f) => present[f] && ours(f) && !(OWN_FIELD_OF[f] && ownMark(cluster, OWN_FIELD_OF[f])))
    .map((f) => tr('provenance:note', { fact: factLabel(f), provenance: clusterFactProvenance(meta, cluster, f) }));
  return [...ownNotes(cluster), ...notes];
}
