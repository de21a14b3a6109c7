import { CRITERIA } from '@/domain/profile';
import type { Dataset } from '@/domain/types';
import type { ShareKnown, ShareState } from '@/domain/share-link';
import { profileShare, receivedList, sharedListOf } from '@/app/share-list';
import { dashboardProfile } from '@/stores/ranking-inputs-slice';
import { decodeShareState } from '@/domain/share-link-decode';
import { encodeShareState } from '@/domain/share-link-encode';
import { formatNumber } from '@/domain/format';
import { DEFAULT_LOCALE, tr, type Wording } from '@/i18n/i18n';
import type { AppState } from '@/stores/app-store';
import { selectActiveEntries, selectActiveShortlist } from '@/stores/selectors';

export function knownIds(dataset: Dataset): ShareKnown {
  return {
    sectors: new Set(dataset.sectors.map((s) => s.id)),
    interests: new Set(dataset.interests.map((i) => i.id)),
    states: new Set(dataset.states.map((s) => s.code)),
    clusters: new Set(dataset.clusters.map((c) => c.id)),
    euClusters: new Set(dataset.eu.euClusters.map((c) => c.id)),
  };
}

export function activeEntries(s: Pick<AppState, 'shortlists' | 'activeShortlistId'>): string[] {
  return selectActiveEntries(s).map((e) => e.clusterId);
}

/** The view as a share state; the shortlist only when asked (a share link, not the address bar). */
export function shareStateOf(s: AppState, withShortlist: boolean): ShareState {
  return {
    ...profileShare(dashboardProfile(s)),
    asOf: s.profile.asOf === new Date().toISOString().slice(0, 10) ? null : s.profile.asOf,
    shortlist: withShortlist ? activeEntries(s) : [],
    selected: s.selectedId,
    filters: {
      states: s.filters.states,
      labels: s.filters.labelLevels,
      validity: s.filters.labelValidity,
      eccp: s.filters.eccpOnly,
      query: s.filters.query,
    },
    // English is the default, so an English link leaves the language to the reader's own choice.
    lang: s.language === DEFAULT_LOCALE ? undefined : s.language,
  };
}

/** The view's query string (no leading '?'); `lang=es` when the page is in Spanish. */
export function encodeView(s: AppState, withShortlist: boolean): string {
  return encodeShareState(shareStateOf(s, withShortlist));
}

/**
 * Applies a decoded link to the store; returns the messages to show. `latest` reads the store as
 * the link's profile has left it (the list it opens keeps that profile unless it carries its own).
 */
export function applyShareLink(search: string, dataset: Dataset, store: AppState, latest = () => store): Wording[] {
  const known = knownIds(dataset);
  const { state: d, list: sharedList, ignored } = decodeShareState(search, known);
  const messages: Wording[] = [];
  const report = () => ignored.length && messages.unshift(() => tr('app:url.ignored', { parts: ignored.join('; ') }));
  const profile: Partial<AppState['profile']> = {};
  if (d.sectors) profile.sectors = d.sectors;
  if (d.interests) profile.interests = d.interests;
  const states = d.states;
  if (states) profile.preferredStates = dataset.states.filter((st) => states.includes(st.code)).map((st) => st.code);
  if (d.country !== undefined) profile.country = d.country;
  if (d.we !== undefined) profile.euClusterId = d.we;
  if (d.asOf) profile.asOf = d.asOf;
  store.setProfile(profile);
  if (d.preset) store.applyPreset(d.preset);
  if (d.labelFactor !== undefined) store.setExpiredLabelFactor(d.labelFactor);
  const weights = d.weights;
  if (weights) for (const id of CRITERIA) store.setWeight(id, weights[id]);
  if (d.filters) {
    const f = d.filters;
    store.setFilters({
      states: dataset.states.filter((st) => f.states?.includes(st.code)).map((st) => st.code),
      labelLevels: f.labels ?? [],
      labelValidity: f.validity ?? 'any',
      eccpOnly: f.eccp ?? false,
      query: f.query ?? '',
    });
  }
  if (d.selected) store.select(d.selected);
  if (d.shortlist?.length && d.shortlist.join() !== activeEntries(store).join()) {
    const codes = dataset.states.map((st) => st.code);
    const received = receivedList(d.shortlist, sharedList, known, codes, latest);
    ignored.push(...received.ignored);
    store.importShortlist(received.list);
    const clusters = d.shortlist.length;
    messages.push(() => tr('app:url.sharedShortlist', { count: clusters, n: formatNumber(clusters, 0) }));
  }
  report();
  return messages;
}

/**
 * Links longer than this may be cut by mail and chat programs, and web servers commonly refuse a
 * request line over 8 KB: a link that would be longer leaves the notes out, and says so.
 */
export const MAX_SHARE_LINK = 6000;

export interface ShareLink {
  url: string;
  /** The open list the link carries (name, event, profile, notes), or null without one. */
  list: { name: string; hasNotes: boolean; notesLeftOut: boolean; lengthWithNotes: number } | null;
}

/** The share link of the view and the open list; `base` is the page address without a query. */
export function buildShareLink(s: AppState, base: string): ShareLink {
  const list = selectActiveShortlist(s);
  const shared = list && list.entries.length > 0 ? list : null;
  const make = (withNotes: boolean) => {
    const query = encodeShareState({
      ...shareStateOf(s, true),
      list: shared ? sharedListOf(shared, s, withNotes) : undefined,
    });
    return `${base}${query ? `?${query}` : ''}`;
  };
  const full = make(true);
  if (!shared) return { url: full, list: null };
  // Outcomes travel with the notes, so a list with only outcomes counts as one with notes.
  const hasNotes = shared.entries.some((e) => e.note || e.outcome);
  const notesLeftOut = hasNotes && full.length > MAX_SHARE_LINK;
  return {
    url: notesLeftOut ? make(false) : full,
    list: { name: shared.name, hasNotes, notesLeftOut, lengthWithNotes: full.length },
  };
}
