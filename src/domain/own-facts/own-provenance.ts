// The "yours" mark: a value the user added or corrected, worded with when and on what grounds
// ('corrected by you, 1 Dec 2026: met them in Monterrey'). Never passed off as sourced.
import { formatIsoDate } from '@/domain/format';
import type { OwnFieldMark } from '@/domain/own-facts/marks';
import type { OwnField, OwnStamp } from '@/domain/own-facts/types';
import type { CriterionId } from '@/domain/profile';
import type { Cluster } from '@/domain/types';
import type { Provenance } from '@/domain/provenance';
import { OWN_FIELDS } from '@/domain/own-facts/fields';
import { tr } from '@/i18n/i18n';

/** The user's mark on one field of a cluster, or null when the value is the sources'. */
export function ownMark(cluster: Cluster, field: OwnField): OwnFieldMark | null {
  return (cluster.own?.fields[field] as OwnFieldMark | undefined) ?? null;
}

/** 'added by you, 1 Dec 2026' for an organisation the user added, 'corrected by you, …' for a sourced one. */
export function ownStampText(stamp: OwnStamp, added: boolean): string {
  // The day on the user's own clock: an entry made late in the evening in Mexico City is still that day.
  const at = new Date(stamp.at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = Number.isNaN(at.getTime())
    ? stamp.at.slice(0, 10)
    : `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const date = formatIsoDate(day);
  return added ? tr('ownFacts:yours.added', { date }) : tr('ownFacts:yours.corrected', { date });
}

/** A phrase with the user's grounds: 'corrected by you, 1 Dec 2026 (source: https://…; note: …)'. */
export function withGrounds(text: string, sourceUrl: string | null, note: string | null): string {
  const grounds = [
    sourceUrl ? tr('ownFacts:yours.source', { url: sourceUrl }) : '',
    note ? tr('ownFacts:yours.note', { note }) : '',
  ].filter(Boolean);
  return grounds.length ? tr('ownFacts:yours.withGrounds', { text, grounds: grounds.join('; ') }) : text;
}

export function ownGroundsText(stamp: OwnStamp, added: boolean): string {
  return withGrounds(ownStampText(stamp, added), stamp.sourceUrl, stamp.note);
}

/** The field each criterion's reason rests on. */
export const CRITERION_FIELD: Record<CriterionId, OwnField> = {
  sector: 'sectors',
  interests: 'focusAreas',
  state: 'state',
  label: 'labels',
  eccp: 'eccpMember',
  links: 'euPartners',
};

/** A reason resting on the user's entry says so: 'Gold ESCA label, valid until 31 Dec 2027 (your entry)'. */
export function ownReason(cluster: Cluster, id: CriterionId, reason: string): string {
  return cluster.own && ownMark(cluster, CRITERION_FIELD[id]) ? tr('ownFacts:yours.reason', { reason }) : reason;
}

/** The user's value of a field of a cluster, if it has one: 'corrected by you, 1 Dec 2026'. */
export function ownSource(cluster: Cluster, field: OwnField): Provenance | null {
  const mark = cluster.own ? ownMark(cluster, field) : null;
  if (!mark) return null;
  const { stamp } = mark;
  const added = cluster.own?.added != null;
  return { kind: 'yours', text: ownStampText(stamp, added), sourceUrl: stamp.sourceUrl, note: stamp.note };
}

/** The user's values, one line each ('Website: corrected by you, 1 Dec 2026'), or one for an added organisation. */
export function ownNotes(cluster: Cluster): string[] {
  const own = cluster.own;
  if (!own) return [];
  if (own.added) return [tr('ownFacts:yours.addedRecord', { text: ownGroundsText(own.added, true) })];
  return OWN_FIELDS.flatMap((field) => {
    const mark = ownMark(cluster, field);
    return mark
      ? [tr('provenance:note', { fact: ownFieldLabel(field), provenance: ownGroundsText(mark.stamp, false) })]
      : [];
  });
}

/** 'Website', 'Contact persons': a field the user can add or correct. */
export function ownFieldLabel(field: OwnField): string {
  const labels: Record<OwnField, string> = {
    name: tr('ownFacts:field.name'),
    state: tr('ownFacts:field.state'),
    city: tr('ownFacts:field.city'),
    sectors: tr('ownFacts:field.sectors'),
    website: tr('ownFacts:field.website'),
    contacts: tr('ownFacts:field.contacts'),
    focusAreas: tr('ownFacts:field.focusAreas'),
    labels: tr('ownFacts:field.labels'),
    eccpMember: tr('ownFacts:field.eccpMember'),
    euPartners: tr('ownFacts:field.euPartners'),
  };
  return labels[field];
}
