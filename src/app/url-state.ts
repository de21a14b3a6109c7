import { CRITERIA } from '@/domain/profile';
import type { Dataset } from '@/domain/types';
import { EMPTY_SHARE_STATE, type ShareKnown, type ShareState } from '@/domain/share-link';
import { decodeShareState } from '@/domain/share-link-decode';
import { encodeShareState } from '@/domain/share-link-encode';
import { formatNumber } from '@/domain/format';
import { DEFAULT_LOCALE, tr, type Wording } from '@/i18n/i18n';
import type { AppState } from '@/stores/app-store';
import { selectActiveEntries } from '@/stores/selectors';

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
    ...EMPTY_SHARE_STATE,
    sectors: s.profile.sectors,
    interests: s.profile.interests,
    states: s.profile.preferredStates,
    country: s.profile.country,
    we: s.profile.euClusterId,
    asOf: s.profile.asOf === new Date().toISOString().slice(0, 10) ? null : s.profile.asOf,
    weights: s.presetId ? null : s.weights,
    preset: s.presetId,
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

/** Applies a decoded link to the store; returns the messages to show. */
export function applyShareLink(search: string, dataset: Dataset, store: AppState): Wording[] {
  const { state: d, ignored } = decodeShareState(search, knownIds(dataset));
  const messages: Wording[] = [];
  if (ignored.length) messages.push(() => tr('app:url.ignored', { parts: ignored.join('; ') }));
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
    store.createShortlist(tr('app:url.sharedShortlistName'));
    for (const id of d.shortlist) store.toggleShortlisted(id);
    const clusters = d.shortlist.length;
    messages.push(() => tr('app:url.sharedShortlist', { count: clusters, n: formatNumber(clusters, 0) }));
  }
  return messages;
}
