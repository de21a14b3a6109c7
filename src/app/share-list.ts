import { entryOutcomeSchema, meetingEventSchema } from '@/data/schemas/saved-state';
import { defaultEvent } from '@/domain/event';
import { DEFAULT_EXPIRED_LABEL_FACTOR } from '@/domain/labels';
import { sameScoring, type ListProfile } from '@/domain/list-profile';
import { DEFAULT_PRESET_ID, DEFAULT_WEIGHTS, WEIGHT_PRESETS, defaultProfile } from '@/domain/profile';
import { EMPTY_SHARE_STATE, type DecodedShare, type ShareKnown, type ShareState } from '@/domain/share-link';
import { decodeShareState } from '@/domain/share-link-decode';
import { encodeShareState } from '@/domain/share-link-encode';
import type { ShareList } from '@/domain/share-link-list';
import type { Shortlist } from '@/domain/shortlist';
import type { StateCode } from '@/domain/types';
import { tr } from '@/i18n/i18n';
import type { AppState } from '@/stores/app-store';
import { dashboardProfile } from '@/stores/ranking-inputs-slice';
import { newListId } from '@/stores/saved-shortlists';

/** A profile as the share parameters write it (the view's, or a list's own inside `lp`). */
export function profileShare(saved: ListProfile): ShareState {
  const { profile: p, presetId, weights, expiredLabelFactor: factor } = saved;
  return {
    ...EMPTY_SHARE_STATE,
    ...{ sectors: p.sectors, interests: p.interests, states: p.preferredStates, country: p.country },
    ...{ we: p.euClusterId, asOf: p.asOf, weights: presetId ? null : weights, preset: presetId },
    ...(factor === DEFAULT_EXPIRED_LABEL_FACTOR ? {} : { labelFactor: factor }),
  };
}

/** The open list as a link carries it; notes only when asked (a long link leaves them out). */
export function sharedListOf(list: Shortlist, s: AppState, withNotes: boolean): ShareList {
  const own = list.profile;
  return {
    name: list.name,
    notes: withNotes ? list.entries.map((e) => e.note) : [],
    outcomes: withNotes ? list.entries.map((e) => e.outcome) : [],
    event: list.event,
    // The list's own profile only when the link's view is another one: most links stay short.
    profile: own && !sameScoring(own, dashboardProfile(s)) ? encodeShareState(profileShare(own)) : null,
  };
}

/** The profile a link's `lp` names, on top of the defaults (unknown ids are reported, not kept). */
function listProfileOf(query: string, known: ShareKnown, states: readonly StateCode[], ignored: string[]) {
  const { state: d, ignored: parts } = decodeShareState(query, known);
  ignored.push(...parts);
  const preset = WEIGHT_PRESETS.find((p) => p.id === d.preset);
  const profile = {
    ...defaultProfile(d.asOf ?? new Date().toISOString().slice(0, 10)),
    ...{ sectors: d.sectors ?? [], interests: d.interests ?? [], country: d.country ?? null },
    ...{ preferredStates: states.filter((code) => d.states?.includes(code)), euClusterId: d.we ?? null },
  };
  const presetId = preset ? preset.id : d.weights ? null : DEFAULT_PRESET_ID;
  const weights = preset?.weights ?? d.weights ?? DEFAULT_WEIGHTS;
  return { profile, weights, presetId, expiredLabelFactor: d.labelFactor ?? DEFAULT_EXPIRED_LABEL_FACTOR };
}

/**
 * The shared list as the receiver saves it: the link's clusters with their notes and outcomes, its event (the
 * default one when the link's does not validate) and its profile (the view's when it has none);
 * `ignored` names what could not be used.
 */
export function receivedList(
  ids: readonly string[],
  decoded: DecodedShare['list'],
  known: ShareKnown,
  states: readonly StateCode[],
  latest: () => AppState,
): { list: Shortlist; ignored: string[] } {
  const ignored: string[] = [];
  const event = decoded?.event === undefined ? null : meetingEventSchema.safeParse(decoded.event);
  if (event && !event.success) ignored.push(tr('workspace:link.badEvent'));
  const profile = decoded?.profile
    ? listProfileOf(decoded.profile, known, states, ignored)
    : dashboardProfile(latest());
  let refused = false;
  const list: Shortlist = {
    id: newListId(),
    name: decoded?.name ?? tr('app:url.sharedShortlistName'),
    entries: ids.map((clusterId) => {
      const note = decoded?.notes?.get(clusterId) ?? '';
      const raw = decoded?.outcomes?.get(clusterId);
      if (raw === undefined) return { clusterId, note };
      const outcome = entryOutcomeSchema.safeParse(raw);
      if (outcome.success) return { clusterId, note, outcome: outcome.data };
      refused = true;
      return { clusterId, note };
    }),
    event: event?.success ? event.data : defaultEvent(),
    profile,
  };
  if (refused) ignored.push(tr('contacts:link.badOutcomes'));
  return { list, ignored };
}
