// What the own-facts views show and check: a field's value in words (the sourced one and the user's
// side by side), the vocabulary the schema checks ids against, and a form's grounds as a stamp gets them.
import type { OwnVocabulary } from '@/data/schemas/own-facts';
import { formatIsoDate, notStated } from '@/domain/format';
import { labelLevelName } from '@/domain/labels';
import type { OwnField, OwnFieldValues } from '@/domain/own-facts/types';
import type { Dataset } from '@/domain/types';
import { termNameIn } from '@/domain/vocabulary';
import { tr } from '@/i18n/i18n';
import type { OwnGrounds } from '@/stores/own-facts-store';

export function vocabularyOf(dataset: Dataset): OwnVocabulary {
  return {
    sectors: new Set(dataset.sectors.map((s) => s.id)),
    interests: new Set(dataset.interests.map((i) => i.id)),
  };
}

const contactText = (c: OwnFieldValues['contacts'][number]) =>
  [[c.firstName, c.lastName].filter(Boolean).join(' '), c.role, c.email, c.phone].filter(Boolean).join(', ');

const labelText = (l: OwnFieldValues['labels'][number]) => {
  const from = l.validFrom ? formatIsoDate(l.validFrom) : null;
  const until = l.validUntil ? formatIsoDate(l.validUntil) : null;
  const level = labelLevelName(l.level);
  if (from && until) return tr('ownFacts:value.labelFromUntil', { level, from, until });
  if (until) return tr('ownFacts:value.labelUntil', { level, until });
  return from ? tr('ownFacts:value.labelFrom', { level, from }) : tr('ownFacts:value.labelUndated', { level });
};

/** One field's value in words; empty values read "not stated in the sources" (or "none" for the user's). */
export function valueText<K extends OwnField>(
  field: K,
  value: OwnFieldValues[K] | null,
  dataset: Dataset,
  empty = notStated(),
): string {
  const v = value as OwnFieldValues[OwnField] | null;
  if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) return empty;
  switch (field) {
    case 'state':
      return dataset.states.find((s) => s.code === v)?.name ?? String(v);
    case 'sectors':
      return (v as string[]).map((id) => termNameIn(dataset.sectors, id) ?? id).join(', ');
    case 'focusAreas':
      return (v as string[]).map((id) => termNameIn(dataset.interests, id) ?? id).join(', ');
    case 'eccpMember':
      return v ? tr('ownFacts:value.eccpYes') : tr('ownFacts:value.eccpNo');
    case 'contacts':
      return (v as OwnFieldValues['contacts']).map(contactText).join('; ');
    case 'labels':
      return (v as OwnFieldValues['labels']).map(labelText).join('; ');
    case 'euPartners':
      return (v as OwnFieldValues['euPartners'])
        .map((p) => (p.country ? `${p.name} (${p.country})` : p.name))
        .join('; ');
    default:
      return String(v);
  }
}

/** A form's source link and note as the stamp keeps them (blank is none). */
export function groundsOf(sourceUrl: string, note: string): OwnGrounds {
  return { sourceUrl: sourceUrl.trim() || null, note: note.trim() || null };
}

/** A blank text box is "not given" (null), except the name, which the schema requires. */
export function blankToNull(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : t;
}
