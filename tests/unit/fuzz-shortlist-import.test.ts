// @vitest-environment node
// Issue 7: a shortlist file comes from a colleague's disk. Whatever it holds, the import never
// throws; it either yields a shortlist that is valid on its own, or lists problems with their paths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShortlistFile, serializeShortlistFile, type ShortlistFileResult } from '@/data/parse-shortlist-file';
import { shortlistSchema } from '@/data/schemas/saved-state';
import { listNameKey, placeShortlist } from '@/domain/distinct-list';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import type { Shortlist } from '@/domain/shortlist';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const ids = Array.from({ length: 30 }, (_, n) => `cluster-${n}`);
const known = new Set(ids);
const EXPORTED_AT = '2026-01-01T00:00:00.000Z';
const HOSTILE = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u202Egnp.exe',
  '\u0000',
  '"}],"x":{',
  '__proto__',
];

/** What every import result must satisfy. */
function checkResult(result: ShortlistFileResult) {
  if (result.ok) {
    expect(shortlistSchema.safeParse(result.shortlist).success).toBe(true);
    const entryIds = result.shortlist.entries.map((e) => e.clusterId);
    // Clusters that left the dataset stay on the list, each one named as unknown.
    expect(result.unknownClusterIds).toEqual(entryIds.filter((id) => !known.has(id)));
    expect(new Set(entryIds).size).toBe(entryIds.length);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(typeof p.path === 'string' && p.message.length > 0).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const text = (max: number) =>
  fc.oneof(fc.string({ unit: 'binary', maxLength: max / 2 }), fc.constantFrom(...HOSTILE), fc.constant(''));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const slot = fc.record({ id: fc.string({ minLength: 1, maxLength: 30 }), label: text(80), start: time, end: time });
const shortlistArb: fc.Arbitrary<Shortlist> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 60 }),
  name: fc.oneof(fc.string({ minLength: 1, maxLength: 100 }), fc.constantFrom(...HOSTILE)),
  entries: fc
    .uniqueArray(fc.constantFrom(...ids), { maxLength: 10 })
    .chain((cs) =>
      fc.tuple(...cs.map((clusterId) => fc.record({ clusterId: fc.constant(clusterId), note: text(2000) }))),
    ),
  event: fc.record({
    name: text(200),
    date: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    place: text(200),
    timeZone: fc.constantFrom('America/Mexico_City', 'Europe/Madrid', 'UTC', 'Etc/GMT+6'),
    sessions: fc.array(slot, { maxLength: 3 }),
    meetingMinutes: fc.integer({ min: 5, max: 240 }),
    gapMinutes: fc.integer({ min: 0, max: 120 }),
    breaks: fc.array(slot, { maxLength: 3 }),
    tables: fc.boolean(),
    firstTable: fc.integer({ min: 1, max: 9999 }),
  }),
});

type Key = string | number;
function pathsOf(value: unknown, at: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k]))];
}
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(...HOSTILE, 'NaN', '9999-99-99', '25:00', -1, 1e308, 0.5, null, true, [], {}),
  fc.integer({ min: 2001, max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":"yes"}}')),
);
/** Replaces, deletes or adds one value anywhere in a parsed file, as a hand edit would. */
const mutatedFile = fc
  .tuple(shortlistArb, fc.nat(), fc.constantFrom('set', 'delete', 'add'), fc.string({ maxLength: 12 }), hostileValue)
  .map(([list, pick, kind, newKey, value]) => {
    const file: unknown = JSON.parse(serializeShortlistFile(list, EXPORTED_AT));
    const paths = pathsOf(file).filter((p) => p.length > 0);
    const path = paths[pick % paths.length];
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], file) as object;
    const key = kind === 'add' ? newKey : path[path.length - 1];
    if (kind === 'delete') delete (parent as Record<Key, unknown>)[key];
    else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
    return JSON.stringify(file);
  });
const truncatedFile = fc.tuple(shortlistArb, fc.nat(), fc.string({ maxLength: 3 })).map(([list, cut, insert]) => {
  const json = serializeShortlistFile(list, EXPORTED_AT);
  const at = cut % json.length;
  return json.slice(0, at) + insert + json.slice(at + 1);
});

describe('parseShortlistFile under fuzzing', () => {
  it.each([
    ['any text', fc.string({ unit: 'binary', maxLength: 500 })],
    ['any JSON', fc.json({ maxDepth: 4 })],
    ['anything stringified', fc.anything().map((v) => JSON.stringify(v) ?? 'undefined')],
    ['a valid export with one value changed', mutatedFile],
    ['a valid export with one character changed', truncatedFile],
  ])('never throws and keeps its promises on %s', PROPERTY_TEST, (_name, arb) => {
    fc.assert(
      fc.property(arb, (input) => checkResult(parseShortlistFile(input, known))),
      propertyRuns(300),
    );
  });

  it('imports any valid export unchanged, and re-exports it byte for byte', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(shortlistArb, (list) => {
        const file = serializeShortlistFile(list, EXPORTED_AT);
        const result = parseShortlistFile(file, known);
        expect(result).toEqual({ ok: true, shortlist: list, unknownClusterIds: [] });
        if (result.ok) expect(serializeShortlistFile(result.shortlist, EXPORTED_AT)).toBe(file);
      }),
      propertyRuns(300),
    );
  });

  const valid = fc.sample(shortlistArb, { numRuns: 1, seed: 7 })[0];
  const file = (shortlist: unknown) =>
    JSON.stringify({ format: 'eu-mexico-shortlist', version: 1, exportedAt: '', shortlist });
  it.each<[string, string, string]>([
    [
      'a 10 000 character note',
      file({ ...valid, entries: [{ clusterId: 'cluster-1', note: 'x'.repeat(10_000) }] }),
      'shortlist.entries[0].note',
    ],
    ['a 10 000 character name', file({ ...valid, name: '\u202E'.repeat(10_000) }), 'shortlist.name'],
    ['a website field', file({ ...valid, website: 'javascript:alert(1)' }), 'shortlist'],
    ['a __proto__ key', `{"__proto__":{"polluted":"yes"},${file(valid).slice(1)}`, '(root)'],
    [
      'a script as cluster id',
      file({ ...valid, entries: [{ clusterId: '<script>', note: '' }] }),
      'shortlist.entries[0].clusterId',
    ],
  ])('refuses %s with its path', (_name, input, path) => {
    const result = parseShortlistFile(input, known);
    checkResult(result);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain(path);
  });
});

// Issue 14: a colleague's file is imported again and again; every list must survive the next load.
describe('importing exports again and again', () => {
  const { id: MAX_ID, name: MAX_NAME } = SAVED_STATE_LIMITS.shortlist;
  const edgy = shortlistArb.chain((list) =>
    fc
      .record({
        id: fc.oneof(fc.constant(list.id), fc.constant('x'.repeat(MAX_ID)), fc.constant('list-m1abc234')),
        name: fc.oneof(
          fc.constant(list.name),
          fc.constant('Colleague list'),
          fc.constant('Colleague list (2)'),
          fc.constant('y'.repeat(MAX_NAME)),
          fc.constant(`${'z'.repeat(MAX_NAME - 4)} (9)`),
        ),
      })
      .map((patch) => ({ ...list, ...patch })),
  );
  // Imports in one millisecond share a stamp, so repeats are likely on purpose.
  const step = fc.record({ pick: fc.nat(), stamp: fc.constantFrom('m1abc234', 'm1abc235', '') });

  it('keeps every list valid for the saved state, with distinct ids and names', () => {
    fc.assert(
      fc.property(edgy, fc.array(step, { minLength: 1, maxLength: 12 }), (first, steps) => {
        let lists: Shortlist[] = [first];
        for (const { pick, stamp } of steps) {
          const exported = serializeShortlistFile(lists[pick % lists.length], EXPORTED_AT);
          const result = parseShortlistFile(exported, known);
          if (!result.ok) throw new Error(`a valid export was refused: ${JSON.stringify(result.problems)}`);
          lists = [...lists, placeShortlist(result.shortlist, lists, stamp)];
        }
        expect(lists).toHaveLength(steps.length + 1);
        for (const list of lists) expect(shortlistSchema.safeParse(list).success).toBe(true);
        expect(new Set(lists.map((l) => l.id)).size).toBe(lists.length);
        expect(new Set(lists.map((l) => listNameKey(l.name))).size).toBe(lists.length);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 20_000 },
    );
  });

  it('imports a backup whose clusters left the dataset: every entry kept, the unknown ones named', () => {
    const anyId = fc.oneof(fc.constantFrom(...ids), fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,6}){0,2}$/));
    const backup = shortlistArb.chain((list) =>
      fc
        .uniqueArray(fc.record({ clusterId: anyId, note: text(100) }), {
          selector: (e) => e.clusterId,
          maxLength: 12,
        })
        .map((entries) => ({ ...list, entries })),
    );
    fc.assert(
      fc.property(backup, (list) => {
        const result = parseShortlistFile(serializeShortlistFile(list, EXPORTED_AT), known);
        expect(result).toEqual({
          ok: true,
          shortlist: list,
          unknownClusterIds: list.entries.map((e) => e.clusterId).filter((id) => !known.has(id)),
        });
      }),
      { numRuns: 200, interruptAfterTimeLimit: 20_000 },
    );
  });
});
