// The own-facts schema's field-level check (src/data/schemas/own-facts.ts, passed in: the domain does
// not import the data layer) run on each row, so nothing imported is refused later by the store.
// Its problems are placed on the column that fed the value, as the row's own problems are.
import type { RowValues } from '@/domain/own-facts/import-diff';
import type { ImportMapping, ImportTarget } from '@/domain/own-facts/import-mapping';
import type { ImportProblem } from '@/domain/own-facts/import-row';

/** Path ('contacts[0].email') → message, for the values of one row; empty when they are fine. */
export type ValuesCheck = (values: RowValues) => ReadonlyMap<string, string>;

const PART_TARGETS: Record<string, ImportTarget[]> = {
  'contacts.firstName': ['contactFirstName', 'contactName'],
  'contacts.lastName': ['contactLastName', 'contactName'],
  'contacts.email': ['contactEmail'],
  'contacts.phone': ['contactPhone'],
  'contacts.role': ['contactRole'],
  'labels.level': ['labelLevel'],
  'labels.validFrom': ['labelValidFrom'],
  'labels.validUntil': ['labelValidUntil'],
};

/** The header of the column a schema path's value came from; null when no one column did. */
function columnOf(path: string, header: readonly string[], mapping: ImportMapping): string | null {
  const [field = '', part] = path.replace(/\[\d+\]/g, '').split('.');
  const targets = part ? (PART_TARGETS[`${field}.${part}`] ?? []) : [field as ImportTarget];
  for (const target of targets) {
    const at = mapping.indexOf(target);
    if (at !== -1) return header[at] ?? null;
  }
  return null;
}

export function checkedProblems(
  check: ValuesCheck,
  values: RowValues,
  row: number,
  header: readonly string[],
  mapping: ImportMapping,
): ImportProblem[] {
  return [...check(values)].map(([path, message]) => ({ row, column: columnOf(path, header, mapping), message }));
}
