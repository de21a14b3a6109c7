import fc from 'fast-check';
import { CRITERIA, WEIGHT_PRESETS, type Weights } from '@/domain/profile';
import { EMPTY_SHARE_FILTERS, EMPTY_SHARE_STATE, type ShareKnown, type ShareState } from '@/domain/share-link';
import { decodeShareState } from '@/domain/share-link-decode';
import { encodeShareState } from '@/domain/share-link-encode';
import { LOCALES } from '@/i18n/i18n';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const lists = {
  sectors: ['automotive', 'aerospace', 'ict', 'renewables'],
  interests: ['rd', 'supply-chain', 'training'],
  states: ['NLE', 'QUE', 'JAL', 'CMX'],
  clusters: ['claut', 'aerocluster-queretaro', 'csoftmty'],
  euClusters: ['hegan', 'aerospace-valley'],
};
const known: ShareKnown = {
  sectors: new Set(lists.sectors),
  interests: new Set(lists.interests),
  states: new Set(lists.states),
  clusters: new Set(lists.clusters),
  euClusters: new Set(lists.euClusters),
};

const full: ShareState = {
  sectors: ['automotive', 'aerospace'],
  interests: ['rd'],
  states: ['NLE', 'QUE'],
  country: 'Spain',
  we: 'hegan',
  asOf: '2026-05-01',
  weights: { sector: 3, label: 2, eccp: 1, state: 2, interests: 2, links: 1 },
  preset: 'balanced',
  shortlist: ['claut', 'csoftmty'],
  selected: 'claut',
  filters: { states: ['JAL'], labels: ['gold', 'silver'], validity: 'valid', eccp: true, query: 'Nuevo León, 3D' },
};

describe('encodeShareState', () => {
  it('writes short parameters with literal commas', () => {
    expect(encodeShareState(full)).toBe(
      's=automotive,aerospace&i=rd&ps=NLE,QUE&c=Spain&we=hegan&d=2026-05-01&w=3.2.1.2.2.1&p=balanced' +
        '&sl=claut,csoftmty&sel=claut&fs=JAL&fl=gold,silver&fv=valid&fe=1&q=Nuevo+Le%C3%B3n,+3D',
    );
  });

  it('writes the page language last, and only when it is set', () => {
    expect(encodeShareState({ ...EMPTY_SHARE_STATE, lang: 'es' })).toBe('lang=es');
    expect(encodeShareState({ ...full, lang: 'es' })).toMatch(/&q=Nuevo\+Le%C3%B3n,\+3D&lang=es$/);
    expect(decodeShareState(encodeShareState({ ...full, lang: 'es' }), known)).toEqual({
      state: { ...full, lang: 'es' },
      ignored: [],
    });
  });

  it('leaves out empty and default values', () => {
    expect(encodeShareState(EMPTY_SHARE_STATE)).toBe('');
  });

  it('rounds and clamps weights to whole numbers 0–10', () => {
    const weights: Weights = { sector: 12, label: -1, eccp: 2.6, state: Number.NaN, interests: 0, links: 10 };
    expect(encodeShareState({ ...EMPTY_SHARE_STATE, weights })).toBe('w=10.0.3.0.0.10');
  });

  it('round-trips the full example', () => {
    expect(decodeShareState(encodeShareState(full), known)).toEqual({ state: full, ignored: [] });
  });
});

describe('decodeShareState', () => {
  it.each<[string, string, Partial<ShareState>, string[]]>([
    ['empty', '', {}, []],
    ['leading ?', '?s=ict', { sectors: ['ict'] }, []],
    [
      'drops unknown ids, keeps the rest',
      's=ict,cooking',
      { sectors: ['ict'] },
      ['Unknown sector "cooking" was ignored'],
    ],
    ['dedupes and trims ids', 'sl=claut, claut,,csoftmty', { shortlist: ['claut', 'csoftmty'] }, []],
    ['empty list', 's=', { sectors: [] }, []],
    [
      'unknown parameter',
      'utm_source=mail&i=rd',
      { interests: ['rd'] },
      ['Unknown link parameter "utm_source" was ignored'],
    ],
    [
      'repeated parameter',
      'i=rd&i=training',
      { interests: ['rd'] },
      ['Link parameter "i" appears more than once; the first one was used'],
    ],
    ['unknown EU cluster', 'we=nope', {}, ['Unknown EU cluster "nope" was ignored']],
    ['unknown selected cluster', 'sel=x', {}, ['Unknown cluster "x" was ignored']],
    ['unknown preset', 'p=fastest', {}, ['Unknown weight preset "fastest" was ignored']],
    ['bad date', 'd=2026-02-30', {}, ['Date "2026-02-30" was ignored: expected YYYY-MM-DD']],
    [
      'five weights',
      'w=1.2.3.4.5',
      {},
      ['Weights "1.2.3.4.5" were ignored: expected six whole numbers 0–10 separated by dots'],
    ],
    [
      'weight above 10',
      'w=1.2.3.4.5.11',
      {},
      ['Weights "1.2.3.4.5.11" were ignored: expected six whole numbers 0–10 separated by dots'],
    ],
    [
      'negative weight',
      'w=1.2.3.4.5.-1',
      {},
      ['Weights "1.2.3.4.5.-1" were ignored: expected six whole numbers 0–10 separated by dots'],
    ],
    [
      'zero weights are fine',
      'w=0.0.0.0.0.0',
      { weights: { sector: 0, label: 0, eccp: 0, state: 0, interests: 0, links: 0 } },
      [],
    ],
    ['country with accents', 'c=M%C3%A9xico', { country: 'México' }, []],
    ['blank country', 'c=+', {}, ['Country " " was ignored']],
    ['filter flag not 1/0', 'fe=yes', {}, ['ECCP filter "yes" was ignored: expected 1 or 0']],
    ['validity unknown', 'fv=shiny', {}, ['Unknown label validity "shiny" was ignored']],
    ['one filter fills the others with defaults', 'fe=1', { filters: { ...EMPTY_SHARE_FILTERS, eccp: true } }, []],
    [
      'unknown label level',
      'fl=gold,platinum',
      { filters: { ...EMPTY_SHARE_FILTERS, labels: ['gold'] } },
      ['Unknown label level "platinum" was ignored'],
    ],
    [
      'malformed percent escapes',
      'q=100%&s=%E0%A4%A',
      { sectors: [], filters: { ...EMPTY_SHARE_FILTERS, query: '100%' } },
      ['Unknown sector "\uFFFD%A" was ignored'],
    ],
  ])('%s', (_name, search, state, ignored) => {
    expect(decodeShareState(search, known)).toEqual({ state, ignored });
  });

  it('cuts a long search text and says so', () => {
    const result = decodeShareState(`q=${'a'.repeat(500)}`, known);
    expect(result.state.filters?.query).toHaveLength(200);
    expect(result.ignored).toEqual(['The search text was cut to 200 characters']);
  });

  it('reads the page language and leaves an unknown one to startLanguage, which reports it once', () => {
    expect(decodeShareState('lang=es&s=ict', known)).toEqual({ state: { sectors: ['ict'], lang: 'es' }, ignored: [] });
    expect(decodeShareState('lang=en', known)).toEqual({ state: { lang: 'en' }, ignored: [] });
    expect(decodeShareState('lang=fr', known)).toEqual({ state: {}, ignored: [] });
    expect(decodeShareState('lang=ES', known)).toEqual({ state: {}, ignored: [] });
    expect(decodeShareState('lang=es&lang=en', known)).toEqual({
      state: { lang: 'es' },
      ignored: ['Link parameter "lang" appears more than once; the first one was used'],
    });
  });

  it('caps the number of messages', () => {
    const search = Array.from({ length: 50 }, (_, n) => `x${n}=1`).join('&');
    const { ignored } = decodeShareState(search, known);
    expect(ignored).toHaveLength(21);
    expect(ignored.at(-1)).toBe('…and 30 more');
  });
});

const sub = <T>(items: readonly T[]) => fc.shuffledSubarray([...items]);
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const weightsArb = fc
  .array(fc.integer({ min: 0, max: 10 }), { minLength: 6, maxLength: 6 })
  .map((w) => Object.fromEntries(CRITERIA.map((id, n) => [id, w[n]])) as Weights);
const validState: fc.Arbitrary<ShareState> = fc.record({
  sectors: sub(lists.sectors),
  interests: sub(lists.interests),
  states: sub(lists.states),
  country: orNull(fc.constantFrom('Spain', 'France', 'Österreich', "Côte d'Ivoire", 'Bosnia & Herzegovina')),
  we: orNull(fc.constantFrom(...lists.euClusters)),
  asOf: orNull(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
  weights: orNull(weightsArb),
  preset: orNull(fc.constantFrom(...WEIGHT_PRESETS.map((p) => p.id))),
  shortlist: sub(lists.clusters),
  selected: orNull(fc.constantFrom(...lists.clusters)),
  lang: fc.constantFrom(undefined, ...LOCALES),
  filters: fc.record({
    states: sub(lists.states),
    labels: fc.shuffledSubarray(['gold', 'silver', 'bronze'] as const).map((l) => [...l]),
    validity: fc.constantFrom<ShareState['filters']['validity'][]>('any', 'valid', 'expired', 'none'),
    eccp: fc.boolean(),
    query: fc.string({ unit: 'grapheme', maxLength: 60 }),
  }),
});

describe('share-link properties', () => {
  it('encode → decode round-trips any valid state with nothing ignored', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, ignored } = decodeShareState(encodeShareState(state), known);
        expect(ignored).toEqual([]);
        expect({ ...EMPTY_SHARE_STATE, ...back }).toEqual(state);
      }),
      propertyRuns(500),
    );
  });

  const keys = fc.constantFrom(
    's',
    'i',
    'ps',
    'c',
    'we',
    'd',
    'w',
    'p',
    'sl',
    'sel',
    'fs',
    'fl',
    'fv',
    'fe',
    'q',
    'lang',
    'zz',
    '',
  );
  const pair = fc.tuple(keys, fc.string({ unit: 'binary', maxLength: 30 })).map(([k, v]) => `${k}=${v}`);
  const noisy = fc
    .tuple(fc.array(pair, { maxLength: 20 }), fc.constantFrom('&', ';', '&&'))
    .map(([pairs, separator]) => pairs.join(separator));

  it.each([
    ['arbitrary strings', fc.string({ unit: 'binary', maxLength: 300 })],
    ['key=value noise', noisy],
  ])('never throws on %s and only returns known ids', PROPERTY_TEST, (_name, arb) => {
    fc.assert(
      fc.property(arb, (search) => {
        const { state, ignored } = decodeShareState(search, known);
        expect(Array.isArray(ignored)).toBe(true);
        for (const id of state.sectors ?? []) expect(known.sectors.has(id)).toBe(true);
        for (const id of state.shortlist ?? []) expect(known.clusters.has(id)).toBe(true);
        for (const id of state.filters?.states ?? []) expect(known.states.has(id)).toBe(true);
        if (state.weights) for (const id of CRITERIA) expect(state.weights[id]).toBeLessThanOrEqual(10);
        if (state.selected) expect(known.clusters.has(state.selected)).toBe(true);
      }),
      propertyRuns(1000),
    );
  });
});
