// The dataset the app ranks, with the user's own facts laid over it: their organisations appended as
// clusters (ids "own-…"), their corrections applied, and every touched cluster carrying `own`, the
// marks that say which values are the user's and which sourced value each replaces. Pure: computed
// once per (dataset, own facts) by src/hooks/use-loaded-dataset.ts.
import type { Cluster, ClusterLabel, Dataset, EuPartnerLink, SourceRef } from '@/domain/types';
import { sourcedValues } from '@/domain/own-facts/fields';
import type { OwnClusterMarks, OwnFieldMarks } from '@/domain/own-facts/marks';
import type { OwnFacts, OwnField, OwnFieldValues, OwnStamp, OwnValues } from '@/domain/own-facts/types';

// A label or partner the user entered has no edition; the type needs one. Views never cite it: they
// read `cluster.own` first and word it as the user's entry (src/domain/provenance.ts).
const NO_EDITION: SourceRef = { doc: 'factsheet-2020', section: '' };

type Patch = Partial<Pick<Cluster, 'name' | 'state' | 'city' | 'position' | 'sectors' | 'website' | 'focusAreas'>> &
  Partial<Pick<Cluster, 'labels' | 'eccpMember' | 'euPartners'>>;

function labelsOf(values: OwnFieldValues['labels']): ClusterLabel[] {
  return values.map((l) => ({ level: l.level, validUntil: l.validUntil, edition: NO_EDITION.doc, source: NO_EDITION }));
}

function partnersOf(dataset: Dataset, values: OwnFieldValues['euPartners']): EuPartnerLink[] {
  const byName = new Map(dataset.eu.euClusters.map((c) => [c.name.toLocaleLowerCase(), c.id]));
  return values.map((p) => ({
    euClusterId: byName.get(p.name.toLocaleLowerCase()) ?? null,
    name: p.name,
    country: p.country,
    source: NO_EDITION,
  }));
}

/** The cluster fields one own value sets. */
function patchFor(dataset: Dataset, values: OwnValues): Patch {
  const patch: Patch = {};
  const v = <K extends OwnField>(k: K) => values[k]?.value as OwnFieldValues[K] | undefined;
  const name = v('name');
  if (name !== undefined) patch.name = name;
  const state = v('state');
  if (state !== undefined) {
    patch.state = state;
    // The map places the user's organisation at its state, as coarse as for sourced state-only records.
    const at = state ? dataset.states.find((s) => s.code === state)?.position : undefined;
    patch.position = at ? { lat: at.lat, lng: at.lng, precision: 'state' } : null;
  }
  const city = v('city');
  if (city !== undefined) patch.city = city;
  const sectors = v('sectors');
  if (sectors !== undefined) {
    const byId = new Map(dataset.sectors.map((s) => [s.id, s]));
    patch.sectors = sectors.flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ id, wording: s.name }] : [];
    });
  }
  const website = v('website');
  if (website !== undefined) patch.website = website;
  const focus = v('focusAreas');
  if (focus !== undefined) {
    const known = new Set(dataset.interests.map((i) => i.id));
    patch.focusAreas = focus.filter((id) => known.has(id));
  }
  const labels = v('labels');
  if (labels !== undefined) patch.labels = labelsOf(labels);
  const eccp = v('eccpMember');
  if (eccp !== undefined) patch.eccpMember = eccp;
  const partners = v('euPartners');
  if (partners !== undefined) patch.euPartners = partnersOf(dataset, partners);
  return patch;
}

function marksFor(values: OwnValues, sourced: OwnFieldValues | null): OwnFieldMarks {
  const marks: Record<string, unknown> = {};
  for (const [field, entry] of Object.entries(values) as [OwnField, { value: unknown; stamp: OwnStamp }][]) {
    if (entry) marks[field] = { value: entry.value, stamp: entry.stamp, sourced: sourced ? sourced[field] : null };
  }
  return marks as OwnFieldMarks;
}

function addedCluster(dataset: Dataset, id: string, created: OwnStamp, values: OwnValues): Cluster {
  const base: Cluster = {
    id,
    name: values.name?.value ?? id,
    aliases: [],
    acronym: null,
    state: null,
    city: null,
    position: null,
    sectors: [],
    labels: [],
    eccpMember: false,
    figures: [],
    committees: [],
    focusAreas: [],
    euPartners: [],
    website: null,
    editions: [],
    sources: [],
    description: null,
    notes: null,
  };
  const own: OwnClusterMarks = { added: created, fields: marksFor(values, null) };
  return { ...base, ...patchFor(dataset, values), own };
}

/** The dataset with the user's facts laid over it; the same object when there are none. */
export function overlayOwnFacts(dataset: Dataset, facts: OwnFacts): Dataset {
  if (facts.organisations.length === 0 && facts.corrections.length === 0) return dataset;
  const corrections = new Map(facts.corrections.map((c) => [c.clusterId, c.values]));
  const clusters = dataset.clusters.map((cluster) => {
    const values = corrections.get(cluster.id);
    if (!values || Object.keys(values).length === 0) return cluster;
    const own: OwnClusterMarks = { added: null, fields: marksFor(values, sourcedValues(cluster)) };
    return { ...cluster, ...patchFor(dataset, values), own };
  });
  const known = new Set(clusters.map((c) => c.id));
  for (const org of facts.organisations) {
    if (!known.has(org.id)) clusters.push(addedCluster(dataset, org.id, org.created, org.values));
  }
  return { ...dataset, clusters };
}
