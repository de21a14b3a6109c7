import { describe, expect, it } from 'vitest';
import type { StorageValue } from 'zustand/middleware';
import { migratableVersions, migrateSavedState, type MigrationStep } from '@/stores/migrate-saved-state';
import { readSavedState } from '@/stores/read-saved-state';
import { createSafeStorage } from '@/stores/safe-storage';
import type { StorageReport } from '@/stores/safe-storage-types';
import { STORE_KEY, STORE_VERSION, newShortlist } from '@/stores/saved-shortlists';

const saved = { shortlists: [newShortlist('Trip', 'trip')], activeShortlistId: 'trip' };

// Version 3 is "current" here: v1 kept one list under `list`, v2 renamed `active` to `activeShortlistId`.
const steps: Record<number, MigrationStep> = {
  1: (s) => {
    const { list, ...rest } = s as { list: unknown };
    return { ...rest, shortlists: [list], active: null };
  },
  2: (s) => {
    const { active, ...rest } = s as { active: unknown };
    return { ...rest, activeShortlistId: active };
  },
};

describe('migrateSavedState', () => {
  it('hands the current version over as it is', () => {
    expect(migrateSavedState(saved, STORE_VERSION)).toBe(saved);
  });

  it('brings version 1 up to date: the lists as they were, a first revision and an empty clock', () => {
    expect(migratableVersions()).toEqual([3, 2, 1]);
    expect(migrateSavedState(saved, 1)).toEqual({ ...saved, rev: 0, clock: { lists: [], removed: [] } });
  });

  it('brings version 2 up to version 3: lists without a profile stay without one (they follow the dashboard)', () => {
    const v2 = { ...saved, rev: 4, clock: { lists: [], removed: [] } };
    const migrated = migrateSavedState(v2, 2) as typeof v2;
    expect(migrated).toEqual(v2);
    expect(migrated.shortlists[0]).not.toHaveProperty('profile');
    // Read back by this version: the list loads whole, no problem to report, and still has no profile.
    const read = readSavedState(migrated);
    expect(read?.problems).toEqual([]);
    expect(read?.replica.shortlists[0]?.profile).toBeUndefined();
    expect(read?.replica.clock.lists[0]).toMatchObject({ event: 0, profile: 0 });
  });

  it('brings version 3 up to version 4: the entries load unchanged, with no outcome (not marked yet)', () => {
    const list = { ...newShortlist('Trip', 'trip'), entries: [{ clusterId: 'claut', note: 'Ask about MRO' }] };
    const v3 = { shortlists: [list], activeShortlistId: 'trip', rev: 7, clock: { lists: [], removed: [] } };
    const before = JSON.stringify(v3);
    const migrated = migrateSavedState(v3, 3);
    expect(JSON.stringify(migrated)).toBe(before);
    const read = readSavedState(migrated);
    expect(read?.problems).toEqual([]);
    expect(read?.replica.shortlists[0]?.entries).toEqual([{ clusterId: 'claut', note: 'Ask about MRO' }]);
  });

  it('has nothing from any other version, so those come out as null', () => {
    for (const version of [0, STORE_VERSION + 1, 0.5, -1]) expect(migrateSavedState(saved, version)).toBeNull();
  });

  it('runs every step from an older version up to the current one, in order', () => {
    expect(migratableVersions(steps, 3)).toEqual([2, 1]);
    expect(migrateSavedState({ list: 'L' }, 1, steps, 3)).toEqual({ shortlists: ['L'], activeShortlistId: null });
    expect(migrateSavedState({ shortlists: [], active: 'x' }, 2, steps, 3)).toEqual({
      shortlists: [],
      activeShortlistId: 'x',
    });
  });

  it('knows only the versions with an unbroken chain of steps', () => {
    const fromTwo = { 2: steps[2] };
    expect(migratableVersions(fromTwo, 3)).toEqual([2]);
    expect(migrateSavedState({ list: 'L' }, 1, fromTwo, 3)).toBeNull();
    expect(migratableVersions({ 1: steps[1] }, 3)).toEqual([]);
  });
});

describe('the safe storage and migrations', () => {
  function read(version: unknown, olderVersions: readonly number[]) {
    const items = new Map([[STORE_KEY, JSON.stringify({ state: saved, version })]]);
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as Storage;
    const reports: StorageReport[] = [];
    const checked: unknown[] = [];
    const check = (_state: unknown, v: number) => {
      checked.push(v);
      return null;
    };
    const safe = createSafeStorage(
      STORE_VERSION,
      (r) => void reports.push(r),
      () => storage,
      check,
      olderVersions,
    );
    const value = safe.getItem(STORE_KEY) as StorageValue<unknown> | null;
    return { value, reports, checked, backups: [...items.keys()].filter((k) => k !== STORE_KEY) };
  }

  it('hands a version that can be migrated to persist, checked with its version', () => {
    const { value, reports, checked, backups } = read(0, [0]);
    expect(value).toEqual({ state: saved, version: 0 });
    expect([reports, checked, backups]).toEqual([[], [0], []]);
  });

  it('sets any other version aside with a notice naming the copy', () => {
    const { value, reports, backups } = read(0, []);
    expect(value).toBeNull();
    expect(backups).toHaveLength(1);
    expect(reports.map((r) => r.message())).toEqual([expect.stringContaining(`unknown version (0)`)]);
    expect(reports[0].message()).toContain(`"${backups[0]}"`);
  });
});
