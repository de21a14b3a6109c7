// @vitest-environment jsdom
// The share link hands the open list over: its name, notes, outcomes, event settings and own
// profile; a link that would be too long leaves the notes (and outcomes) out and says so.
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_SHARE_LINK, applyShareLink, buildShareLink } from '@/app/url-state';
import { parseDataset } from '@/data/parse-dataset';
import { sameScoring } from '@/domain/list-profile';
import { decodeShareOutcomes, encodeShareOutcomes } from '@/domain/outcomes-share';
import { WEIGHT_PRESETS } from '@/domain/profile';
import { useAppStore } from '@/stores/app-store';
import { dashboardProfile } from '@/stores/ranking-inputs-slice';
import { selectActiveShortlist } from '@/stores/selectors';
import { readPublicDataset } from '../fixtures/public-data';

const { dataset } = parseDataset(readPublicDataset());
const BASE = 'https://matchmaking.example.eu/app/';
const store = () => useAppStore.getState();
const active = () => selectActiveShortlist(store());
const isAero = (c: (typeof dataset.clusters)[number]) => c.sectors.some((s) => s.id === 'aerospace');
// The aerospace clusters first, then others: an aerospace manager's list of any length.
const aerospace = [...dataset.clusters.filter(isAero), ...dataset.clusters.filter((c) => !isAero(c))].map((c) => c.id);
const EVENT = {
  name: 'Semana aeroespacial Querétaro',
  date: '2027-03-16',
  place: 'Querétaro Centro de Congresos',
  timeZone: 'America/Mexico_City',
  sessions: [
    { id: 'am', label: 'Mañana', start: '09:00', end: '13:00' },
    { id: 'pm', label: 'Tarde', start: '15:00', end: '18:00' },
  ],
  breaks: [{ id: 'coffee', label: 'Café', start: '11:00', end: '11:20' }],
  meetingMinutes: 25,
  gapMinutes: 5,
  tables: true,
  firstTable: 7,
};
// Notes as managers write them: accents, a phone number, a semicolon, a line break.
const note = (i: number) =>
  `Reunión ${i + 1}: preguntar por MRO y certificación AS9100; contacto Ana Pérez +52 442 123 45${i % 10}${i % 10}.\nLlevar folletos.`;

/** The sender: an aerospace list with notes and its event, then (optionally) a dashboard on ICT. */
function sender(ids: readonly string[]) {
  store().setProfile({ sectors: ['aerospace'], euClusterId: dataset.eu.euClusters[0]?.id ?? null });
  store().applyPreset(WEIGHT_PRESETS[1]!.id);
  store().createShortlist('Aerospace week');
  ids.forEach((id) => store().toggleShortlisted(id));
  ids.forEach((id, i) => store().setShortlistNote(id, note(i)));
  store().updateEvent(EVENT);
  return active()!;
}

/** A colleague's empty browser opens the link. */
function receive(url: string) {
  useAppStore.setState(useAppStore.getInitialState(), true);
  localStorage.clear();
  return applyShareLink(new URL(url).search, dataset, store(), store).map((message) => message());
}

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('the share link of a list', () => {
  it('carries a 10-entry list with its notes, event settings and name, at a sane length', () => {
    const sent = sender(aerospace.slice(0, 10));
    const link = buildShareLink(store(), BASE);
    expect(link.list).toMatchObject({ name: 'Aerospace week', hasNotes: true, notesLeftOut: false });
    expect(link.url.length).toBeLessThan(MAX_SHARE_LINK);
    expect(link.url.length).toBe(link.list?.lengthWithNotes);

    const messages = receive(link.url);
    expect(messages).toEqual(['Opened a shared shortlist with 10 clusters.']);
    const got = active()!;
    expect(got.name).toBe('Aerospace week');
    expect(got.entries).toEqual(sent.entries);
    expect(got.event).toEqual(EVENT);
    expect(sameScoring(got.profile!, sent.profile!)).toBe(true);
    expect(got.profile?.presetId).toBe(WEIGHT_PRESETS[1]!.id);
  });

  it('carries the list profile when the dashboard shows another one', () => {
    const sent = sender(aerospace.slice(0, 3));
    store().setProfile({ sectors: ['ict'], euClusterId: null });
    store().setExpiredLabelFactor(0.2);
    const link = buildShareLink(store(), BASE);
    expect(new URL(link.url).searchParams.get('lp')).toMatch(/s=aerospace/);
    receive(link.url);
    expect(store().profile.sectors).toEqual(['ict']);
    expect(store().expiredLabelFactor).toBe(0.2);
    expect(sameScoring(active()!.profile!, sent.profile!)).toBe(true);
    expect(sameScoring(active()!.profile!, dashboardProfile(store()))).toBe(false);
  });

  it('leaves the notes out of a link that would be too long, and says how long', () => {
    sender(aerospace.slice(0, 40));
    const link = buildShareLink(store(), BASE);
    expect(link.list).toMatchObject({ hasNotes: true, notesLeftOut: true });
    expect(link.list!.lengthWithNotes).toBeGreaterThan(MAX_SHARE_LINK);
    expect(link.url.length).toBeLessThanOrEqual(MAX_SHARE_LINK);
    receive(link.url);
    expect(active()?.entries).toHaveLength(40);
    expect(active()?.entries.every((e) => e.note === '')).toBe(true);
    expect(active()?.event).toEqual(EVENT);
  });

  it('keeps notes with their clusters when the receiver no longer knows one, and reports a broken event', () => {
    const [a, b, c] = aerospace;
    const url = new URL(BASE);
    url.searchParams.set('sl', `${a},gone-cluster,${b},${c}`);
    url.searchParams.set('nt', JSON.stringify(['for a', 'for gone', '', 'for c']));
    url.searchParams.set('ev', JSON.stringify(['X', '2027-13-40', '', 'UTC', 20, 5, 0, [], []]));
    const messages = receive(url.toString());
    expect(active()?.entries).toEqual([
      { clusterId: a, note: 'for a' },
      { clusterId: b, note: '' },
      { clusterId: c, note: 'for c' },
    ]);
    expect(active()?.event.date).not.toBe('2027-13-40');
    expect(messages[0]).toMatch(/Unknown cluster "gone-cluster" was ignored; The event settings could not be read/);
  });
});

const ids = dataset.clusters.map((c) => c.id);

// Outcomes travel with the notes (`oc`); an unreadable one is left out and said so.
describe('outcomes in the share link', () => {
  it('hands each outcome over with its cluster, and none where a meeting is not marked', () => {
    store().createShortlist('After the event');
    ids.slice(0, 3).forEach((id) => store().toggleShortlisted(id));
    store().setShortlistOutcome(ids[0], { status: 'follow-up', note: 'Enviar el MoU; llamar a Ana' });
    store().setShortlistOutcome(ids[2], { status: 'not-met', note: '' });
    const sent = active()!;
    const link = buildShareLink(store(), BASE);
    expect(link.list).toMatchObject({ hasNotes: true, notesLeftOut: false });
    expect(new URL(link.url).searchParams.get('oc')).not.toBeNull();
    expect(receive(link.url)).toEqual(['Opened a shared shortlist with 3 clusters.']);
    expect(active()!.entries).toEqual(sent.entries);
    expect(active()!.entries[1]).not.toHaveProperty('outcome');
  });

  it('leaves the parameter out when no meeting is marked', () => {
    store().createShortlist('Before');
    ids.slice(0, 2).forEach((id) => store().toggleShortlisted(id));
    expect(new URL(buildShareLink(store(), BASE).url).searchParams.has('oc')).toBe(false);
  });

  it('drops what it cannot read, once said', () => {
    const bad: string[] = [];
    const raw = JSON.stringify([['met', 'ok', '2026-11-05T18:00:00.000Z'], ['maybe', 'x', 'y'], null, 7]);
    const read = decodeShareOutcomes(raw, ['a', 'b', 'c', 'd'], () => bad.push('bad'));
    expect([...read.keys()]).toEqual(['a']);
    expect(bad).toEqual(['bad']);
    decodeShareOutcomes('{not json', ['a'], () => bad.push('bad'));
    expect(bad).toHaveLength(2);
    expect(encodeShareOutcomes([null, undefined])).toBeNull();
  });

  it('refuses an outcome the saved-state schema would refuse (a date-time that is not one)', () => {
    store().createShortlist('L');
    store().toggleShortlisted(ids[0]);
    const url = new URL(buildShareLink(store(), BASE).url);
    url.searchParams.set('oc', JSON.stringify([['met', 'fine', 'yesterday']]));
    const messages = receive(url.toString());
    expect(messages.join(' ')).toContain('Some meeting outcomes in the link could not be read');
    expect(active()!.entries[0]).not.toHaveProperty('outcome');
  });
});
