import { STORE_VERSION } from '@/stores/saved-shortlists';

/** Turns a saved state of one version into the shape of the next version. */
export type MigrationStep = (state: unknown) => unknown;

/**
 * `MIGRATIONS[v]` turns a version-v saved state into version v + 1. Changing the shape means
 * bumping STORE_VERSION and adding the step here.
 */
const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  // Version 2 adds the revision and the clock two tabs merge by. An empty clock means "unchanged
  // since forever": any edit made in a tab from now on wins over the lists as they were.
  1: (state) =>
    typeof state === 'object' && state !== null ? { ...state, rev: 0, clock: { lists: [], removed: [] } } : state,
  // Version 3 lets a list keep the profile it was built for and carry a `revision` (the calendar's
  // SEQUENCE; absent means 0). Which profile an older list was built with is not known (the
  // dashboard's is never saved, so at load it is the blank one): a guess would silently change its
  // scores. Such lists keep no profile and follow the dashboard, as they always did, and say so until
  // the manager keeps one (docs/architecture.md, "Workspaces").
  2: (state) => state,
  // Version 4 lets an entry carry its meeting's outcome; an older entry has none (not marked yet).
  3: (state) => state,
};

/** The older versions that every step up to `current` exists for. */
export function migratableVersions(steps = MIGRATIONS, current = STORE_VERSION): number[] {
  const versions: number[] = [];
  for (let v = current - 1; steps[v]; v -= 1) versions.push(v);
  return versions;
}

/**
 * Brings a saved state of `version` up to `current` (persist's `migrate`); null for a version it
 * has no steps from. The safe storage sets such data aside before persist sees it (it has the raw
 * text), so null only keeps a stray call from loading a shape the store cannot read.
 */
export function migrateSavedState(
  state: unknown,
  version: number,
  steps = MIGRATIONS,
  current = STORE_VERSION,
): unknown {
  if (version !== current && !migratableVersions(steps, current).includes(version)) return null;
  let migrated = state;
  for (let v = version; v < current; v += 1) migrated = steps[v](migrated);
  return migrated;
}
