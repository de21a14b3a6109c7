import { migrateSavedState } from '@/stores/migrate-saved-state';
import { readSavedState, type SavedRead } from '@/stores/read-saved-state';
import type { Wording } from '@/i18n/i18n';
import { STORAGE_TEXT } from '@/stores/storage-messages';

/** Reads a stored value of any version the store can migrate. */
export function readStoredValue(value: { state: unknown; version: number }): SavedRead | null {
  const migrated = migrateSavedState(value.state, value.version);
  return migrated === null ? null : readSavedState(migrated);
}

/** Why a stored value cannot be loaded whole, as the notice says it (null: it can): the safe storage's `check`. */
export function partialLoadProblem(state: unknown, version: number): Wording | null {
  const problems = () => readStoredValue({ state, version })?.problems ?? [];
  // Read again when worded, so the problems are named in the language active at that moment.
  return problems().length ? () => STORAGE_TEXT.leftOut(problems()) : null;
}
