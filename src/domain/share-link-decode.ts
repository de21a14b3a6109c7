import { CRITERIA, WEIGHT_PRESETS, type Filters, type Weights } from '@/domain/profile';
import { isValidIsoDate } from '@/domain/dates';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import type { LabelLevel } from '@/domain/types';
import {
  EMPTY_SHARE_FILTERS,
  MAX_SHARE_WEIGHT,
  type DecodedShare,
  type ShareFilters,
  type ShareKnown,
  type ShareState,
} from '@/domain/share-link';
import { formatNumber } from '@/domain/format';
import { LIST_KEYS, decodeShareList, type DecodedList } from '@/domain/share-link-list';
import { isLocale, tr, type Locale } from '@/i18n/i18n';
import { UNKNOWN, type Unknown } from '@/domain/share-link-unknown';

// A share link is typed or pasted by people and outlives the dataset it was made with, so
// decoding keeps whatever is still valid and explains the rest instead of failing.

type Note = (message: string) => void;

const LABELS: ReadonlySet<string> = new Set<LabelLevel>(['gold', 'silver', 'bronze']);
const VALIDITIES: ReadonlySet<string> = new Set<Filters['labelValidity']>(['any', 'valid', 'expired', 'none']);
const PRESETS: ReadonlySet<string> = new Set(WEIGHT_PRESETS.map((p) => p.id));
const KEYS = new Set([...'s i ps c we d w p x sl sel fs fl fv fe q lang'.split(' '), ...LIST_KEYS]);
// A link's shortlist becomes saved entries; its other lists are far shorter than that.
const MAX_LIST = SAVED_STATE_LIMITS.shortlist.entries;
const [MAX_TEXT, MAX_COUNTRY, MAX_MESSAGES] = [200, 80, 20];

const clip = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

function ids<T extends string>(raw: string, valid: ReadonlySet<string>, unknown: Unknown, note: Note): T[] {
  const out: T[] = [];
  for (const id of raw.split(',').map((s) => s.trim())) {
    if (!id || out.includes(id as T)) continue;
    if (!valid.has(id)) note(unknown(clip(id)));
    else if (out.length < MAX_LIST) out.push(id as T);
  }
  return out;
}

function single<T extends string>(
  raw: string,
  valid: ReadonlySet<string>,
  unknown: Unknown,
  note: Note,
): T | undefined {
  if (valid.has(raw.trim())) return raw.trim() as T;
  note(unknown(clip(raw)));
  return undefined;
}

function parseWeights(raw: string, note: Note): Weights | undefined {
  const parts = raw.split('.');
  if (parts.length === CRITERIA.length && parts.every((p) => /^\d{1,2}$/.test(p) && Number(p) <= MAX_SHARE_WEIGHT)) {
    return Object.fromEntries(CRITERIA.map((id, n) => [id, Number(parts[n])])) as Weights;
  }
  note(tr('notices:link.badWeights', { value: clip(raw), max: MAX_SHARE_WEIGHT }));
  return undefined;
}

function parseCountry(raw: string, note: Note): string | undefined {
  const country = raw.trim();
  if (country && country.length <= MAX_COUNTRY && !/\p{Cc}/u.test(country)) return country;
  note(tr('notices:link.badCountry', { value: clip(raw) }));
  return undefined;
}

function parseQuery(raw: string, note: Note): string {
  const chars = Array.from(raw);
  if (chars.length > MAX_TEXT) note(tr('notices:link.searchCut', { count: MAX_TEXT, n: formatNumber(MAX_TEXT, 0) }));
  return chars.slice(0, MAX_TEXT).join('');
}

/** First value of each known parameter; unknown and repeated ones are reported. */
function readParams(search: string, note: Note): Map<string, string> {
  const raw = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(search)) {
    if (!KEYS.has(key)) note(tr('notices:link.unknownParameter', { value: clip(key) }));
    else if (raw.has(key)) note(tr('notices:link.repeatedParameter', { key }));
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
  let state: DecodedShare['state'] = {};
  let list: DecodedList = {};
  try {
    const raw = readParams(search, note);
    const read = <T>(key: string, parse: (value: string) => T | undefined): T | undefined => {
      const value = raw.get(key);
      return value === undefined ? undefined : parse(value);
    };
    const badDate = (v: string) => void note(tr('notices:link.badDate', { value: clip(v) }));
    const badFlag = (v: string) => void note(tr('notices:link.badEccp', { value: clip(v) }));
    const badFactor = (v: string) => void note(tr('workspace:link.badFactor', { value: clip(v) }));
    state = defined<Omit<ShareState, 'filters' | 'list'>>({
      sectors: read('s', (v) => ids(v, known.sectors, UNKNOWN.sector, note)),
      interests: read('i', (v) => ids(v, known.interests, UNKNOWN.interest, note)),
      states: read('ps', (v) => ids(v, known.states, UNKNOWN.state, note)),
      country: read('c', (v) => parseCountry(v, note)),
      we: read('we', (v) => single(v, known.euClusters, UNKNOWN.euCluster, note)),
      asOf: read('d', (v) => (isValidIsoDate(v) ? v : badDate(v))),
      weights: read('w', (v) => parseWeights(v, note)),
      preset: read('p', (v) => single(v, PRESETS, UNKNOWN.preset, note)),
      labelFactor: read('x', (v) => (/^(0(\.\d{1,2})?|1(\.0{1,2})?)$/.test(v) ? Number(v) : badFactor(v))),
      shortlist: read('sl', (v) => ids(v, known.clusters, UNKNOWN.cluster, note)),
      selected: read('sel', (v) => single(v, known.clusters, UNKNOWN.cluster, note)),
      // An unknown language is not noted here: startLanguage (src/app/language.ts) picks the
      // language before the first render and tells the reader which one it fell back to.
      lang: read<Locale>('lang', (v) => (isLocale(v) ? v : undefined)),
    });
    const filters = defined<ShareFilters>({
      states: read('fs', (v) => ids(v, known.states, UNKNOWN.state, note)),
      labels: read('fl', (v) => ids<LabelLevel>(v, LABELS, UNKNOWN.labelLevel, note)),
      validity: read('fv', (v) => single<Filters['labelValidity']>(v, VALIDITIES, UNKNOWN.labelValidity, note)),
      eccp: read('fe', (v) => (v === '1' || v === '0' ? v === '1' : badFlag(v))),
      query: read('q', (v) => parseQuery(v, note)),
    });
    if (Object.keys(filters).length > 0) state.filters = { ...EMPTY_SHARE_FILTERS, ...filters };
    list = decodeShareList(raw, note);
  } catch {
    note(tr('notices:link.unreadable'));
  }
  const extra = ignored.length - MAX_MESSAGES;
  // The tally in plain digits ('…and 9980 more'), as the notice has always shown it.
  const more = () => tr('notices:link.more', { count: extra });
  const messages = extra > 0 ? [...ignored.slice(0, MAX_MESSAGES), more()] : ignored;
  return Object.keys(list).length > 0 ? { state, list, ignored: messages } : { state, ignored: messages };
}
