// @vitest-environment jsdom
// Re-sending an updated agenda must update the entries a calendar already has, not add new ones:
// RFC 5545 matches entries by UID and keeps the one with the higher SEQUENCE. Two successive
// exports from the store are parsed with ical.js around a reorder, a rename and an event change.
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIcs } from '@/domain/export-ics';
import { buildIcsMeetings } from '@/domain/ics-meetings';
import { buildMeetingRows } from '@/domain/meeting-rows';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { buildSchedule } from '@/domain/schedule';
import { useAppStore } from '@/stores/app-store';
import { mergeReplicas } from '@/stores/merge-shortlists';
import { newShortlist } from '@/stores/saved-shortlists';
import { freshClock, type Replica } from '@/stores/sync-clock';
import { selectActiveShortlist } from '@/stores/selectors';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';

const ranking = rankAll(defaultProfile('2026-01-15'), buildIndex(shortlistParsed().dataset), {
  weights: DEFAULT_WEIGHTS,
  expiredLabelFactor: 0.5,
});
const store = () => useAppStore.getState();

/** What the Download calendar button writes for the open list, parsed as a calendar app would. */
function exportCalendar() {
  const list = selectActiveShortlist(store());
  if (!list) throw new Error('no open list');
  const rows = buildMeetingRows(list.entries, buildSchedule(list.event, list.entries), ranking);
  const ics = buildIcs(list.event, buildIcsMeetings(rows, list.event), {
    dtstamp: '20260101T120000Z',
    uidDomain: 'eu-mx-matchmaking.local',
    calendarId: list.id,
    sequence: list.revision ?? 0,
  });
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  return vevents.map((v) => {
    const event = new ICAL.Event(v);
    const status = v.getFirstPropertyValue('status');
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      start: event.startDate.toString(),
      status,
    };
  });
}

const byUid = (entries: ReturnType<typeof exportCalendar>) => new Map(entries.map((e) => [e.uid, e]));

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().createShortlist('Aerospace week');
  [IDS.queretaro, IDS.monterrey, IDS.ict].forEach((id) => store().toggleShortlisted(id));
});

describe('two successive calendar exports (ical.js)', () => {
  it('keep every UID and raise SEQUENCE around a reorder; the moved meetings get their new times', () => {
    const before = exportCalendar();
    store().moveShortlisted(IDS.queretaro, 1);
    const after = exportCalendar();
    expect(after).toHaveLength(3);
    expect(new Set(after.map((e) => e.uid))).toEqual(new Set(before.map((e) => e.uid)));
    const old = byUid(before);
    for (const e of after) expect(e.sequence).toBeGreaterThan(old.get(e.uid)!.sequence);
    const moved = after.find((e) => e.uid.includes(IDS.queretaro))!;
    expect(moved.start).not.toBe(old.get(moved.uid)!.start);
  });

  // The known limit (docs/architecture.md, "Calendars and removed meetings"): the list keeps no record of
  // what an earlier file held, so the new one cannot cancel the removed partner's meeting.
  it('after a partner is removed, update the kept meetings and hold no entry, cancelled or not, for it', () => {
    const before = exportCalendar();
    const gone = before.find((e) => e.uid.includes(IDS.monterrey))!;
    store().toggleShortlisted(IDS.monterrey);
    const after = exportCalendar();
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid).filter((uid) => uid !== gone.uid));
    for (const e of after) expect(e.sequence).toBeGreaterThan(gone.sequence);
    expect(after.map((e) => e.status)).toEqual(after.map(() => null));
    expect(JSON.stringify(selectActiveShortlist(store()))).not.toContain(IDS.monterrey);
  });

  it('keep every UID and raise SEQUENCE around a rename of the list and of the event', () => {
    const before = exportCalendar();
    store().renameShortlist('Aerospace week 2026');
    const renamed = exportCalendar();
    store().updateEvent({ name: 'Semana aeroespacial', place: 'Querétaro' });
    const moved = exportCalendar();
    for (const next of [renamed, moved]) {
      expect(next.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    }
    expect(renamed[0].sequence).toBeGreaterThan(before[0].sequence);
    expect(moved[0].sequence).toBeGreaterThan(renamed[0].sequence);
  });

  it('use the list id and the cluster id, so two lists never share an entry', () => {
    const first = exportCalendar();
    store().createShortlist('Second trip');
    store().toggleShortlisted(IDS.queretaro);
    const second = exportCalendar();
    expect(first.map((e) => e.uid).filter((uid) => second.some((s) => s.uid === uid))).toEqual([]);
    const list = selectActiveShortlist(store())!;
    expect(second[0].uid).toBe(`${list.id}-${IDS.queretaro}@eu-mx-matchmaking.local`);
  });
});

describe('the list revision', () => {
  const revision = () => selectActiveShortlist(store())?.revision ?? 0;

  it('grows with every change to the list or its event, undo included', () => {
    const changes: Array<() => void> = [
      () => store().setShortlistNote(IDS.ict, 'Ask about cloud'),
      () => store().moveShortlisted(IDS.ict, -1),
      () => store().updateEvent({ meetingMinutes: 30 }),
      () => store().renameShortlist('Renamed'),
      () => store().toggleShortlisted(IDS.ict),
    ];
    for (const change of changes) {
      const before = revision();
      change();
      expect(revision()).toBe(before + 1);
    }
    const list = selectActiveShortlist(store())!;
    const before = revision();
    expect(store().restoreEntry(list.id, { clusterId: IDS.ict, note: '' }, 0)).toBe(true);
    expect(revision()).toBe(before + 1);
  });

  it('stays put when nothing changed (a move past the end of the list)', () => {
    const before = revision();
    store().moveShortlisted(IDS.ict, 5);
    expect(revision()).toBe(before);
  });
});

describe('two tabs merging a list', () => {
  const copy = (revision: number, name: string, at: number): Replica => {
    const list = { ...newShortlist(name, 'list-1'), revision };
    return { shortlists: [list], clock: { lists: [freshClock(list, at, 1)], removed: [] } };
  };

  it('keep the higher revision whichever copy wins the fields, in either order', () => {
    const a = copy(5, 'Older name, more changes', 10);
    const b = copy(3, 'Newer name', 20);
    for (const merged of [mergeReplicas(a, b), mergeReplicas(b, a)]) {
      expect(merged.shortlists[0]).toMatchObject({ name: 'Newer name', revision: 5 });
    }
  });
});
