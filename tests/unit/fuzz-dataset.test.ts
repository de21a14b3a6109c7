// @vitest-environment node
// Issue 7: the dataset validator under random and hostile input. It may refuse a whole file
// (DatasetFileError) but never throws anything else, never pollutes a prototype, and every record
// is either kept or reported, so one broken record never takes the others down.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnnexIntegrity, checkIntegrity } from '@/data/integrity';
import { DATASET_FILES, parseDataset, type DatasetFileName, type RawDataset } from '@/data/parse-dataset';
import { DatasetFileError } from '@/data/validate';
import type { FullDataset as Dataset } from '@/domain/types';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';
import { readDataFile } from '../fixtures/public-data';

type Key = string | number;
// Each file's body (without its dataset version) as JSON text, to parse a fresh copy per run.
const text = Object.fromEntries(DATASET_FILES.map((f) => [f, JSON.stringify(readDataFile(f))]));
const real = Object.fromEntries(DATASET_FILES.map((f) => [f, JSON.parse(text[f])])) as RawDataset;
const baseline = parseDataset(real);
const protoKeys = () => [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).join());
const cleanProtos = protoKeys();

/** Every path into a JSON value, the root included. */
function pathsOf(value: unknown, at: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries = Array.isArray(value) ? value.map((v, n) => [n, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
}
const paths = Object.fromEntries(DATASET_FILES.map((f) => [f, pathsOf(real[f])])) as Record<DatasetFileName, Key[][]>;

const nested = (depth: number) => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], []);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true }),
  fc.constantFrom('NaN', 'Infinity', '-0', '1e999', '', ' ', '\u0000', '\u202Eevil', '__proto__', NaN, -0, null),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 50, max: 5_000 }).map(nested),
  fc.constant(JSON.parse('{"__proto__":{"polluted":"yes"}}')),
  fc.constant({ constructor: { prototype: { polluted: 'yes' } } }),
);
const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id'), fc.string());
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('set' as const), value: hostileValue }),
  fc.record({ kind: fc.constant('add' as const), key: hostileKey, value: hostileValue }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies the mutation at `path` as JSON.parse could have produced it: own keys, no holes in lists. */
function mutate(root: unknown, path: Key[], m: Mutation): unknown {
  if (path.length === 0 && m.kind !== 'add') return m.kind === 'set' ? m.value : undefined;
  const target = path.slice(0, m.kind === 'add' ? path.length : -1).reduce<unknown>((v, k) => (v as never)[k], root);
  if (typeof target !== 'object' || target === null) return root;
  const key = m.kind === 'add' ? m.key : path[path.length - 1];
  if (m.kind === 'delete' && Array.isArray(target)) target.splice(Number(key), 1);
  else if (m.kind === 'delete') delete (target as Record<Key, unknown>)[key];
  else Object.defineProperty(target, key, { value: m.value, enumerable: true, writable: true, configurable: true });
  return root;
}

const TOP = ['sectors', 'interests', 'states', 'clusters', 'policies', 'context'] as const;
const EU = ['euClusters', 'escp4i', 'pairs', 'events', 'successStories'] as const;
const LISTS = [
  ...TOP.map((name) => ({ file: `${name}.json` as const, key: '', items: (d: Dataset) => d[name] as unknown[] })),
  ...EU.map((key) => ({ file: 'eu.json' as const, key, items: (d: Dataset) => d.eu[key] as unknown[] })),
];

/** The invariants every outcome must keep; returns the parsed dataset or null when a file was refused. */
function checkOutcome(raw: RawDataset) {
  let result: ReturnType<typeof parseDataset>;
  try {
    result = parseDataset(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetFileError);
    const { file, problems } = error as DatasetFileError;
    expect(DATASET_FILES).toContain(file);
    expect(problems.length).toBeGreaterThan(0);
    return null;
  } finally {
    expect(protoKeys()).toEqual(cleanProtos);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }
  const integrity = [...checkIntegrity(result.dataset), ...checkAnnexIntegrity(result.dataset, result.dataset)];
  expect(result.problems.slice(result.problems.length - integrity.length)).toEqual(integrity);
  for (const p of result.problems) {
    expect(DATASET_FILES).toContain(p.file);
    expect([typeof p.path, typeof p.message, p.message.length > 0]).toEqual(['string', 'string', true]);
  }
  // Every record is either kept or reported under its own index.
  const schemaProblems = result.problems.slice(0, result.problems.length - integrity.length);
  for (const { file, key, items } of LISTS) {
    const input = (key ? (raw[file] as Record<string, unknown>)[key] : raw[file]) as unknown[];
    const prefix = new RegExp(`^${key}\\[(\\d+)\\]`);
    const reported = new Set(schemaProblems.filter((p) => p.file === file).map((p) => prefix.exec(p.path)?.[1]));
    reported.delete(undefined);
    expect(items(result.dataset).length + reported.size).toBe(input.length);
  }
  return result;
}

const fileValue = (file: DatasetFileName) =>
  fc.oneof(
    { arbitrary: fc.constant(real[file]), weight: 4 },
    fc.anything(),
    fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  );

describe('parseDataset under fuzzing', () => {
  it('accepts the real dataset without problems', () => {
    expect(baseline.problems).toEqual([]);
    expect(baseline.dataset.clusters).toHaveLength(116);
  });

  it('keeps its invariants when any file is replaced by anything', PROPERTY_TEST, () => {
    const raw = fc.record(
      Object.fromEntries(DATASET_FILES.map((f) => [f, fileValue(f)])) as Record<DatasetFileName, fc.Arbitrary<unknown>>,
    );
    fc.assert(
      fc.property(raw, (r) => void checkOutcome(r)),
      propertyRuns(200),
    );
  });

  it('keeps its invariants when one value anywhere in the real data is mutated', PROPERTY_TEST, () => {
    const arb = fc.record({ file: fc.constantFrom(...DATASET_FILES), pick: fc.nat(), m: mutation });
    fc.assert(
      fc.property(arb, ({ file, pick, m }) => {
        const copy = { ...real, [file]: JSON.parse(text[file]) };
        copy[file] = mutate(copy[file], paths[file][pick % paths[file].length], m);
        checkOutcome(copy);
      }),
      propertyRuns(200),
    );
  });

  it('keeps the other 115 clusters intact when one cluster is mutated', PROPERTY_TEST, () => {
    const inRecord = paths['clusters.json'].filter((p) => p.length > 0);
    const others = <T>(list: T[], i: number) => list.filter((_, n) => n !== i);
    fc.assert(
      fc.property(fc.nat(), mutation, (pick, m) => {
        const path = inRecord[pick % inRecord.length];
        const index = path[0] as number;
        const result = checkOutcome({ ...real, 'clusters.json': mutate(JSON.parse(text['clusters.json']), path, m) });
        const clusters = result?.dataset.clusters ?? [];
        const base = baseline.dataset.clusters;
        if (clusters.length === base.length) expect(others(clusters, index)).toEqual(others(base, index));
        else expect(clusters).toEqual(others(base, index));
      }),
      propertyRuns(200),
    );
  });

  it.each([
    ['__proto__ key', '{"__proto__":{"polluted":"yes"}}'],
    ['constructor.prototype', '{"constructor":{"prototype":{"polluted":"yes"}}}'],
  ])('rejects a cluster with a %s and pollutes nothing', (_name, json) => {
    const clusters = JSON.parse(text['clusters.json']);
    clusters[3] = { ...clusters[3], ...JSON.parse(json) };
    const result = checkOutcome({ ...real, 'clusters.json': clusters });
    expect(result?.dataset.clusters).toHaveLength(115);
    expect(result?.problems.map((p) => p.path)).toContain('[3]');
  });
});
