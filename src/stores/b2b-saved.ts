import { b2bSavedSchema, type B2bSaved } from '@/data/schemas/b2b-workspace';
import type { Wording } from '@/i18n/i18n';
import { tr } from '@/i18n/i18n';
import { migratableVersions, migrateSavedState, type MigrationStep } from '@/stores/migrate-saved-state';
import { STORAGE_TEXT } from '@/stores/storage-messages';

// The B2B event's saved copy: its own key and version, apart from the shortlists' store, so the
// two change shape independently.

export const B2B_STORE_KEY = 'eu-mx-matchmaking:b2b-event';
export const B2B_STORE_VERSION = 1;

/** `B2B_MIGRATIONS[v]` turns a version-v saved copy into version v + 1 (none yet: version 1 is the first). */
export const B2B_MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export const b2bOlderVersions = () => migratableVersions(B2B_MIGRATIONS, B2B_STORE_VERSION);

/** A saved copy of any version this build can migrate, checked whole; null when it cannot be used. */
export function readB2bSaved(state: unknown, version: number): B2bSaved | null {
  const migrated = migrateSavedState(state, version, B2B_MIGRATIONS, B2B_STORE_VERSION);
  const parsed = b2bSavedSchema.safeParse(migrated);
  return parsed.success ? parsed.data : null;
}

/** The safe storage's `check`: a copy that does not validate is set aside (backed up), not loaded. */
export function b2bLoadProblem(state: unknown, version: number): Wording | null {
  return readB2bSaved(state, version) ? null : () => STORAGE_TEXT.leftOut([tr('b2bEvent:store.whole')]);
}
