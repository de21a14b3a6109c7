// @vitest-environment node
// Issue 7: share links are typed, pasted and truncated by people and mail clients. Whatever the
// query string, decoding never throws, keeps only known ids and in-range values, and caps its messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA, WEIGHT_PRESETS } from '@/domain/profile';
import { isValidIsoDate } from '@/domain/dates';
import { EMPTY_SHARE_STATE, type DecodedShare, type ShareKnown } from '@/domain/share-link';
import { decodeShareState } from '@/domain/share-link-decode';
import { encodeShareState } from '@/domain/share-link-encode';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const many = Array.from({ length: 600 }, (_, n) => `c-${n}`);
const lists = {
  sectors: ['automotive', 'aerospace', 'ict'],
  interests: ['rd', 'training'],
  states: ['NLE', 'QUE', 'JAL'],
  clusters: ['claut', 'csoftmty', ...many],
  euClusters: ['hegan'],
};
const known: ShareKnown = {
  sectors: new Set(lists.sectors),
  interests: new Set(lists.interests),
  states: new Set(lists.states),
  clusters: new Set(lists.clusters),
  euClusters: new Set(lists.euClusters),
};
const STATE_KEYS = ['sectors', 'interests', 'states', 'country', 'we', 'asOf', 'weights', 'preset'];
const FILTER_KEYS = ['states', 'labels', 'validity', 'eccp', 'query'];
const PRESETS = WEIGHT_PRESETS.map((p) => p.id);

/** Everything the decoder promises about its output, whatever the input. */
function checkDecoded({ state, ignored }: DecodedShare) {
  expect(Object.keys(state).every((k) => [...STATE_KEYS, 'shortlist', 'selected', 'filters'].includes(k))).toBe(true);
  const subset = (ids: string[] | undefined, valid: ReadonlySet<string>) => {
    if (ids === undefined) return;
    expect(ids.every((id) => valid.has(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeLessThanOrEqual(500);
  };
  subset(state.sectors, known.sectors);
  subset(state.interests, known.interests);
  subset(state.states, known.states);
  subset(state.shortlist, known.clusters);
  if (state.we !== undefined) expect(known.euClusters.has(state.we as string)).toBe(true);
  if (state.selected !== undefined) expect(known.clusters.has(state.selected as string)).toBe(true);
  if (state.preset !== undefined) expect(PRESETS).toContain(state.preset);
  if (state.asOf !== undefined) expect(isValidIsoDate(state.asOf as string)).toBe(true);
  if (state.weights) {
    expect(Object.keys(state.weights).sort()).toEqual([...CRITERIA].sort());
    for (const w of Object.values(state.weights)) expect(Number.isInteger(w) && w >= 0 && w <= 10).toBe(true);
  }
  if (state.country !== undefined) {
    const country = state.country as string;
    expect(country.length > 0 && country.length <= 80 && country === country.trim()).toBe(true);
    expect(/\p{Cc}/u.test(country)).toBe(false);
  }
  if (state.filters) {
    const { filters } = state;
    expect(Object.keys(filters).sort()).toEqual([...FILTER_KEYS].sort());
    subset(filters.states, known.states);
    subset(filters.labels, new Set(['gold', 'silver', 'bronze']));
    expect(['any', 'valid', 'expired', 'none']).toContain(filters.validity);
    expect(typeof filters.eccp).toBe('boolean');
    expect(Array.from(filters.query).length).toBeLessThanOrEqual(200);
  }
  expect(ignored.length).toBeLessThanOrEqual(21);
  for (const message of ignored) expect(typeof message === 'string' && message.length <= 200).toBe(true);
  if (ignored.length === 21) expect(ignored[20]).toMatch(/^…and \d+ more$/);
}

const KEYS = ['s', 'i', 'ps', 'c', 'we', 'd', 'w', 'p', 'sl', 'sel', 'fs', 'fl', 'fv', 'fe', 'q'];
const garbage = ['%E0%A4%A', '%%%', '%', '%zz', '%00', '%C0%80', '%ED%A0%80', '%FF%FE', '+', '&', '=', '#', '\u202E'];
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYS), weight: 4 },
  fc.constantFrom('', 'S', ' s', 's[]', '__proto__', 'constructor', 'toString', '%73', 'q%00'),
  fc.string({ maxLength: 6 }),
);
const value = fc.oneof(
  fc
    .array(fc.constantFrom(...Object.values(lists).flat().slice(0, 20), 'gold', 'valid', 'nope', ' ict '), {
      maxLength: 8,
    })
    .map((ids) => ids.join(',')),
  fc
    .array(fc.oneof(fc.integer({ min: -2, max: 12 }).map(String), fc.constantFrom('01', '1e1', '', ' 1')), {
      minLength: 5,
      maxLength: 7,
    })
    .map((ws) => ws.join('.')),
  fc.constantFrom('2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31', '2024-1-1', '1', '0', 'yes', 'balanced'),
  fc.array(fc.constantFrom(...garbage), { maxLength: 5 }).map((g) => g.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'é'.repeat(n)),
);
const search = fc
  .tuple(fc.array(fc.tuple(key, value), { maxLength: 30 }), fc.constantFrom('&', ';', '&&', '?'), fc.boolean())
  .map(([pairs, sep, lead]) => `${lead ? '?' : ''}${pairs.map(([k, v]) => `${k}=${v}`).join(sep)}`);

describe('decodeShareState under fuzzing', () => {
  it.each([
    ['any string', fc.string({ unit: 'binary', maxLength: 500 })],
    ['any grapheme string', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['known and unknown keys with garbage values', search],
    ['the whole list of ids', fc.shuffledSubarray(many).map((ids) => `sl=${ids.join(',')}&fs=${ids.join(',')}`)],
  ])('keeps its promises on %s', PROPERTY_TEST, (_name, arb) => {
    fc.assert(
      fc.property(arb, (input) => checkDecoded(decodeShareState(input, known))),
      propertyRuns(300),
    );
  });

  it('decodes what it encodes from any decoded state, with nothing ignored', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(search, (input) => {
        const { state } = decodeShareState(input, known);
        const again = decodeShareState(encodeShareState({ ...EMPTY_SHARE_STATE, ...state }), known);
        expect(again.ignored).toEqual([]);
        expect({ ...EMPTY_SHARE_STATE, ...again.state }).toEqual({ ...EMPTY_SHARE_STATE, ...state });
      }),
      propertyRuns(300),
    );
  });

  it.each([
    ['broken escapes', '%%%&s=%E0%A4%A&q=%', 2],
    ['a 200 000 character query', `q=${'%F0%9F%98%80'.repeat(200_000)}`, 1],
    ['10 000 unknown keys', Array.from({ length: 10_000 }, (_, n) => `k${n}=1`).join('&'), 21],
  ])('survives %s', (_name, input, messages) => {
    const decoded = decodeShareState(input, known);
    checkDecoded(decoded);
    expect(decoded.ignored).toHaveLength(messages);
  });
});
