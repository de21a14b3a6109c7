// @vitest-environment jsdom
// (the store persists to localStorage, which Node does not have)
// Issue 7: whatever sits in the browser's storage (hand edits, old builds, a torn write), loading
// never throws, keeps only valid shortlists, and never loses data silently: what cannot be loaded
// is copied to a `<key>:set-aside:` key and a notice says so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StorageValue } from 'zustand/middleware';
import { shortlistSchema } from '@/data/schemas/saved-state';
import type { Shortlist } from '@/domain/shortlist';
import { memoryStorage, storedItems } from '../fixtures/memory-storage';
import { useAppStore } from '@/stores/app-store';
import { createSafeStorage } from '@/stores/safe-storage';
import type { StorageReport } from '@/stores/safe-storage-types';
import { savedStateProblems } from '@/stores/read-saved-state';
import { STORE_KEY, STORE_VERSION, newShortlist, repairShortlists } from '@/stores/saved-shortlists';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const BACKUP = `${STORE_KEY}:set-aside:`;
type StoredValue = StorageValue<unknown> | null;
const fail = (error: Error) => () => {
  throw error;
};

const HOSTILE = ['<script>alert(1)</script>', '\u202E', 'x'.repeat(3_000), '__proto__', ''];
const shortlist: fc.Arbitrary<Shortlist> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 20 }),
    name: fc.string({ minLength: 1, maxLength: 50 }),
    entries: fc.uniqueArray(
      fc.record({ clusterId: fc.constantFrom('claut', 'csoftmty', 'hegan'), note: fc.string({ maxLength: 30 }) }),
      { selector: (e) => e.clusterId },
    ),
  })
  .map(({ id, name, entries }) => ({ ...newShortlist(name, id), entries }));
const junk = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom(...HOSTILE));
/** A shortlist with one field replaced by junk, or dropped. */
const broken = fc
  .tuple(shortlist, fc.constantFrom('id', 'name', 'entries', 'event', 'extra'), fc.option(junk))
  .map(([list, key, value]) => ({ ...list, [key]: value ?? undefined }));
const savedText = fc
  .record({
    shortlists: fc.array(fc.oneof({ arbitrary: shortlist, weight: 3 }, broken, junk), { maxLength: 4 }),
    activeShortlistId: fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer()),
    version: fc.constantFrom<unknown>(
      STORE_VERSION,
      STORE_VERSION,
      STORE_VERSION - 1,
      0,
      STORE_VERSION + 1,
      0.5,
      '1',
      null,
    ),
  })
  .map(({ version, ...state }) => JSON.stringify({ state, version }));
const rawText = fc.oneof(
  { arbitrary: savedText, weight: 3 },
  savedText.chain((text) => fc.nat(text.length).map((n) => text.slice(0, n))),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.json({ maxDepth: 3 }),
);

describe('repairShortlists under fuzzing', () => {
  it('keeps the valid shortlists and reports every other item', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof(shortlist, broken, junk)), junk), (raw) => {
        const { shortlists, problems } = repairShortlists(raw);
        for (const list of shortlists) expect(shortlistSchema.safeParse(list).success).toBe(true);
        for (const problem of problems) expect(problem).toMatch(/\S/);
        expect(shortlists.length + problems.length).toBe(Array.isArray(raw) ? raw.length : 1);
      }),
      propertyRuns(300),
    );
  });
});

/** Loads `raw` through the safe storage, checked as the app checks it. */
function load(raw: string) {
  const storage = memoryStorage();
  storage.setItem(STORE_KEY, raw);
  const reports: StorageReport[] = [];
  const report = (r: StorageReport) => void reports.push(r);
  const check = (state: unknown) => (savedStateProblems(state).length ? () => 'Some were left out.' : null);
  // The safe storage reads synchronously.
  const value = createSafeStorage(STORE_VERSION, report, () => storage, check).getItem(STORE_KEY) as StoredValue;
  const backups = storedItems(storage).filter(([k]) => k?.startsWith(BACKUP));
  return { storage, value, reports, backups };
}

describe('createSafeStorage under fuzzing', () => {
  it('returns a complete value, or sets the raw text aside with a notice naming the copy', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const { storage, value, reports, backups } = load(raw);
        expect(storage.getItem(STORE_KEY)).toBe(raw);
        if (value !== null && savedStateProblems(value.state).length === 0) {
          expect(value.version).toBe(STORE_VERSION);
          expect([backups, reports]).toEqual([[], []]);
        } else {
          expect(backups.map(([, v]) => v)).toEqual([raw]);
          expect(reports.map((r) => r.message().includes(`"${backups[0][0]}"`))).toEqual([true]);
        }
      }),
      propertyRuns(300),
    );
  });

  // Found by the properties: these were loaded and then silently overwritten by the next save.
  const list = newShortlist('Trip', 'trip');
  it.each([
    ['an older version', { state: { shortlists: [list], activeShortlistId: null }, version: 0 }, 0, /version \(0\)/],
    ['a fractional version', { state: { shortlists: [list], activeShortlistId: null }, version: 0.5 }, 0, /version/],
    [
      'a shortlist without id',
      { state: { shortlists: [list, { ...list, id: undefined }] }, version: STORE_VERSION },
      1,
      /left/,
    ],
    [
      'a numeric active id',
      { state: { shortlists: [list], activeShortlistId: 5 }, version: STORE_VERSION },
      1,
      /left out/,
    ],
  ])('keeps a copy of saved state with %s', (_name, saved, loaded, says) => {
    const raw = JSON.stringify(saved);
    const { value, reports, backups } = load(raw);
    expect(value === null ? 0 : 1).toBe(loaded);
    expect(backups.map(([, v]) => v)).toEqual([raw]);
    expect(reports.map((r) => r.message())).toEqual([expect.stringMatching(says)]);
  });

  it.each<[string, () => Storage]>([
    ['there is no storage', fail(new DOMException('denied', 'SecurityError'))],
    ['reading throws', () => Object.assign(memoryStorage(), { getItem: fail(new Error('denied')) })],
    [
      'writing throws',
      () => Object.assign(memoryStorage(), { setItem: fail(new DOMException('', 'QuotaExceededError')) }),
    ],
  ])('turns saving off with one notice when %s', (_name, getStorage) => {
    const reports: StorageReport[] = [];
    const safe = createSafeStorage(STORE_VERSION, (r) => void reports.push(r), getStorage);
    expect(() => {
      safe.getItem(STORE_KEY);
      safe.setItem(STORE_KEY, { state: {}, version: STORE_VERSION });
      safe.setItem(STORE_KEY, { state: {}, version: STORE_VERSION });
      safe.removeItem(STORE_KEY);
    }).not.toThrow();
    expect(reports.filter((r) => r.savingOff)).toHaveLength(1);
  });
});

describe('the app store loading saved state under fuzzing', () => {
  it('keeps every saved shortlist, or a copy of the raw text and a notice naming it', PROPERTY_TEST, async () => {
    await fc.assert(
      fc.asyncProperty(rawText, async (raw) => {
        useAppStore.setState({ shortlists: [], activeShortlistId: null, notices: [] });
        localStorage.clear();
        localStorage.setItem(STORE_KEY, raw);
        await useAppStore.persist.rehydrate();
        await new Promise((resolve) => setTimeout(resolve));
        const { shortlists, activeShortlistId, notices } = useAppStore.getState();
        for (const list of shortlists) expect(shortlistSchema.safeParse(list).success).toBe(true);
        expect(activeShortlistId === null || shortlists.some((l) => l.id === activeShortlistId)).toBe(true);
        useAppStore.getState().createShortlist('Written after loading');
        const backup = storedItems(localStorage).find(([k, v]) => k?.startsWith(BACKUP) && v === raw);
        if (backup) expect(notices.some((n) => n.message().includes(backup[0] as string))).toBe(true);
        else expect(useAppStore.getState().shortlists.slice(0, -1)).toEqual(JSON.parse(raw).state.shortlists);
      }),
      propertyRuns(200),
    );
  });
});
