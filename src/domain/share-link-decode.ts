import { CRITERIA, WEIGHT_PRESETS, type Filters, type Weights } from '@/domain/profile';
import { isValidIsoDate } from '@/domain/dates';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import type { LabelLevel } from '@/domain/types';
import { isLocale, type Locale } from '@/i18n/i18n';
import {
  EMPTY_SHARE_FILTERS,
  MAX_SHARE_WEIGHT,
  type DecodedShare,
  type ShareFilters,
  type ShareKnown,
  type ShareState,
} from '@/domain/share-link';

// A share link is typed or pasted by people and outlives the dataset it was made with, so
// decoding keeps whatever is still valid and explains the rest instead of failing.

type Note = (message: string) => void;

const LABELS: ReadonlySet<string> = new Set<LabelLevel>(['gold', 'silver', 'bronze']);
const VALIDITIES: ReadonlySet<string> = new Set<Filters['labelValidity']>(['any', 'valid', 'expired', 'none']);
const PRESETS: ReadonlySet<string> = new Set(WEIGHT_PRESETS.map((p) => p.id));
const KEYS = new Set(['s', 'i', 'ps', 'c', 'we', 'd', 'w', 'p', 'sl', 'sel', 'fs', 'fl', 'fv', 'fe', 'q', 'lang']);
// A link's shortlist becomes saved entries; its other lists are far shorter than that.
const MAX_LIST = SAVED_STATE_LIMITS.shortlist.entries;
const MAX_TEXT = 200;
const MAX_COUNTRY = 80;
const MAX_MESSAGES = 20;

const clip = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

function ids<T extends string>(raw: string, valid: ReadonlySet<string>, kind: string, note: Note): T[] {
  const out: T[] = [];
  for (const id of raw.split(',').map((s) => s.trim())) {
    if (!id || out.includes(id as T)) continue;
    if (!valid.has(id)) note(`Unknown ${kind} ${clip(id)} was ignored`);
    else if (out.length < MAX_LIST) out.push(id as T);
  }
  return out;
}

function single<T extends string>(raw: string, valid: ReadonlySet<string>, kind: string, note: Note): T | undefined {
  if (valid.has(raw.trim())) return raw.trim() as T;
  note(`Unknown ${kind} ${clip(raw)} was ignored`);
  return undefined;
}

function parseWeights(raw: string, note: Note): Weights | undefined {
  const parts = raw.split('.');
  if (parts.length === CRITERIA.length && parts.every((p) => /^\d{1,2}$/.test(p) && Number(p) <= MAX_SHARE_WEIGHT)) {
    return Object.fromEntries(CRITERIA.map((id, n) => [id, Number(parts[n])])) as Weights;
  }
  note(`Weights ${clip(raw)} were ignored: expected six whole numbers 0–${MAX_SHARE_WEIGHT} separated by dots`);
  return undefined;
}

function parseCountry(raw: string, note: Note): string | undefined {
  const country = raw.trim();
  if (country && country.length <= MAX_COUNTRY && !/\p{Cc}/u.test(country)) return country;
  note(`Country ${clip(raw)} was ignored`);
  return undefined;
}

function parseQuery(raw: string, note: Note): string {
  const chars = Array.from(raw);
  if (chars.length > MAX_TEXT) note(`The search text was cut to ${MAX_TEXT} characters`);
  return chars.slice(0, MAX_TEXT).join('');
}

/** First value of each known parameter; unknown and repeated ones are reported. */
function readParams(search: string, note: Note): Map<string, string> {
  const raw = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(search)) {
    if (!KEYS.has(key)) note(`Unknown link parameter ${clip(key)} was ignored`);
    else if (raw.has(key)) note(`Link parameter "${key}" appears more than once; the first one was used`);
    else raw.set(key, value);
  }
  return raw;
}

type Draft<T> = { [K in keyof T]: T[K] | undefined };

/** Keeps the fields that parsed; an absent key means "not in the link". */
function defined<T extends object>(draft: Draft<T>): Partial<T> {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function decodeShareState(search: string, known: ShareKnown): DecodedShare {
  const ignored: string[] = [];
  const note: Note = (message) => void ignored.push(message);
  let state: Partial<ShareState> = {};
  try {
    const raw = readParams(search, note);
    const read = <T>(key: string, parse: (value: string) => T | undefined): T | undefined => {
      const value = raw.get(key);
      return value === undefined ? undefined : parse(value);
    };
    const badDate = (v: string) => void note(`Date ${clip(v)} was ignored: expected YYYY-MM-DD`);
    const badFlag = (v: string) => void note(`ECCP filter ${clip(v)} was ignored: expected 1 or 0`);
    state = defined<Omit<ShareState, 'filters'>>({
      sectors: read('s', (v) => ids(v, known.sectors, 'sector', note)),
      interests: read('i', (v) => ids(v, known.interests, 'interest', note)),
      states: read('ps', (v) => ids(v, known.states, 'state', note)),
      country: read('c', (v) => parseCountry(v, note)),
      we: read('we', (v) => single(v, known.euClusters, 'EU cluster', note)),
      asOf: read('d', (v) => (isValidIsoDate(v) ? v : badDate(v))),
      weights: read('w', (v) => parseWeights(v, note)),
      preset: read('p', (v) => single(v, PRESETS, 'weight preset', note)),
      shortlist: read('sl', (v) => ids(v, known.clusters, 'cluster', note)),
      selected: read('sel', (v) => single(v, known.clusters, 'cluster', note)),
      // An unknown language is not noted here: startLanguage (src/app/language.ts) picks the
      // language before the first render and tells the reader which one it fell back to.
      lang: read<Locale>('lang', (v) => (isLocale(v) ? v : undefined)),
    });
    const filters = defined<ShareFilters>({
      states: read('fs', (v) => ids(v, known.states, 'state', note)),
      labels: read('fl', (v) => ids<LabelLevel>(v, LABELS, 'label level', note)),
      validity: read('fv', (v) => single<Filters['labelValidity']>(v, VALIDITIES, 'label validity', note)),
      eccp: read('fe', (v) => (v === '1' || v === '0' ? v === '1' : badFlag(v))),
      query: read('q', (v) => parseQuery(v, note)),
    });
    if (Object.keys(filters).length > 0) state.filters = { ...EMPTY_SHARE_FILTERS, ...filters };
  } catch {
    note('Part of the link could not be read and was ignored');
  }
  const extra = ignored.length - MAX_MESSAGES;
  return { state, ignored: extra > 0 ? [...ignored.slice(0, MAX_MESSAGES), `…and ${extra} more`] : ignored };
}
