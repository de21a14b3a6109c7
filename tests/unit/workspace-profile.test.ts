// @vitest-environment jsdom
// A list keeps the profile it was built for: taken when its first partner is added, kept through
// dashboard changes, files, two tabs and the ranking memo.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseShortlistFile, serializeShortlistFile } from '@/data/parse-shortlist-file';
import { workingDayFrom } from '@/domain/dates';
import { defaultEvent } from '@/domain/event';
import { sameScoring, scoringKey, type ListProfile } from '@/domain/list-profile';
import { DEFAULT_WEIGHTS, WEIGHT_PRESETS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { rankingFor, rankingPassCount } from '@/hooks/ranking-memo';
import { useAppStore } from '@/stores/app-store';
import { mergeReplicas } from '@/stores/merge-shortlists';
import { newShortlist } from '@/stores/saved-shortlists';
import { selectActiveShortlist } from '@/stores/selectors';
import { EMPTY_REPLICA, stamp } from '@/stores/sync-clock';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';

const store = () => useAppStore.getState();
const active = () => selectActiveShortlist(store());
const AERO: ListProfile = {
  profile: { ...defaultProfile('2026-03-02'), sectors: ['aerospace'], euClusterId: 'hegan', preferredStates: ['QUE'] },
  weights: WEIGHT_PRESETS[1]!.weights,
  presetId: WEIGHT_PRESETS[1]!.id,
  expiredLabelFactor: 0.3,
};

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
});
afterEach(() => vi.useRealTimers());

describe('the store', () => {
  it('keeps the dashboard profile a list had when its first partner was added, whatever the dashboard does next', () => {
    store().applyListProfile(AERO);
    store().toggleShortlisted(IDS.queretaro);
    store().setProfile({ sectors: ['ict'], euClusterId: null });
    store().setWeight('sector', 1);
    store().toggleShortlisted(IDS.ict);
    expect(active()?.profile).toEqual(AERO);
    expect(active()?.entries.map((e) => e.clusterId)).toEqual([IDS.queretaro, IDS.ict]);
  });

  it('keeps the dashboard profile on request, and opens a list profile on the dashboard with its preset', () => {
    store().toggleShortlisted(IDS.queretaro);
    store().applyListProfile({ ...AERO, presetId: null });
    // A file without the preset's id: the weights are the preset's, so it is named again.
    expect([store().presetId, store().expiredLabelFactor]).toEqual([WEIGHT_PRESETS[1]!.id, 0.3]);
    store().keepDashboardProfile();
    expect(sameScoring(active()!.profile!, AERO)).toBe(true);
  });
});

describe('the shortlist file', () => {
  it('carries the profile: the colleague who imports it sees the same scores', () => {
    store().applyListProfile(AERO);
    [IDS.queretaro, IDS.monterrey, IDS.jalisco].forEach(store().toggleShortlisted);
    const list = active()!;
    const text = serializeShortlistFile(list, '2026-03-02T10:00:00Z');
    expect(JSON.parse(text)).toMatchObject({ version: 3, shortlist: { profile: AERO } });

    // A colleague with another dashboard imports it.
    useAppStore.setState(useAppStore.getInitialState(), true);
    store().setProfile({ sectors: ['ict'] });
    const parsed = parseShortlistFile(text, new Set(Object.values(IDS)));
    if (!parsed.ok) throw new Error('the file did not parse');
    const added = store().importShortlist(parsed.shortlist);
    expect(added.profile).toEqual(AERO);
    const { dataset } = shortlistParsed();
    const index = buildIndex(dataset);
    const totals = (p: ListProfile) => {
      const r = rankAll(p.profile, index, p);
      return list.entries.map((e) => r.byId(e.clusterId)?.total);
    };
    expect(totals(added.profile!)).toEqual(totals(AERO));
    // The test can fail: the colleague's dashboard scores them otherwise.
    expect(totals({ ...AERO, profile: store().profile, weights: DEFAULT_WEIGHTS })).not.toEqual(totals(AERO));
  });

  it('still reads a version 1 file (no profile): the list follows the dashboard', () => {
    const old = JSON.stringify({
      format: 'eu-mexico-shortlist',
      version: 1,
      exportedAt: '2025-01-01T00:00:00Z',
      shortlist: { ...newShortlist('Old', 'old'), entries: [{ clusterId: IDS.ict, note: '' }] },
    });
    const parsed = parseShortlistFile(old, new Set(Object.values(IDS)));
    expect(parsed.ok && parsed.shortlist.profile).toBeUndefined();
  });

  it('gives an imported list whose name exists a distinct name, twice over', () => {
    const file = { ...newShortlist('Aerospace week', 'theirs'), profile: AERO };
    const names = [1, 2, 3].map(() => store().importShortlist(file).name);
    expect(names).toEqual(['Aerospace week', 'Aerospace week (2)', 'Aerospace week (3)']);
  });
});

describe('two tabs', () => {
  it('merge a profile kept in one tab with a rename in the other', () => {
    const start = stamp(EMPTY_REPLICA, [newShortlist('Trip', 'trip')], 1);
    const kept = stamp(start, [{ ...start.shortlists[0]!, profile: AERO }], 5);
    const renamed = stamp(start, [{ ...start.shortlists[0]!, name: 'Trip to Querétaro' }], 6);
    for (const merged of [mergeReplicas(kept, renamed), mergeReplicas(renamed, kept)]) {
      expect(merged.shortlists[0]).toMatchObject({ name: 'Trip to Querétaro', profile: AERO });
      expect(merged.clock.lists[0]).toMatchObject({ name: 6, profile: 5 });
    }
  });
});

describe('the ranking memo', () => {
  it('ranks once per distinct scoring: equal profiles in different objects share one ranking', () => {
    const index = buildIndex(shortlistParsed().dataset);
    const before = rankingPassCount();
    const copy: ListProfile = JSON.parse(JSON.stringify(AERO));
    const first = rankingFor(index, AERO, 'en');
    expect(rankingFor(index, copy, 'en')).toBe(first);
    const other = rankingFor(index, { ...AERO, expiredLabelFactor: 0.5 }, 'en');
    expect(other).not.toBe(first);
    expect(rankingFor(index, AERO, 'en')).toBe(first);
    expect(rankingPassCount() - before).toBe(2);
    expect(scoringKey(copy)).toBe(scoringKey(AERO));
  });
});

describe('the default event date', () => {
  it('is the day of the clock when it is a working day, else the next Monday, never a past day', () => {
    expect(workingDayFrom(new Date(2026, 11, 2, 9, 0))).toBe('2026-12-02'); // Wednesday
    expect(workingDayFrom(new Date(2026, 11, 4, 23, 59))).toBe('2026-12-04'); // Friday night
    expect(workingDayFrom(new Date(2026, 11, 5, 10, 0))).toBe('2026-12-07'); // Saturday → Monday
    expect(workingDayFrom(new Date(2026, 11, 6, 0, 5))).toBe('2026-12-07'); // Sunday → Monday
    expect(workingDayFrom(new Date(2027, 11, 31, 12, 0))).toBe('2027-12-31'); // Friday, end of year
    expect(workingDayFrom(new Date(2028, 0, 1, 12, 0))).toBe('2028-01-03'); // Saturday → next year's Monday
  });

  it('is taken from the clock when a list is made', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 2, 13, 18, 0)); // a Saturday
    expect(defaultEvent().date).toBe('2027-03-15');
    store().createShortlist('Spring mission');
    expect(active()?.event.date).toBe('2027-03-15');
    vi.setSystemTime(new Date(2027, 4, 4, 8, 0));
    expect(newShortlist('May').event.date).toBe('2027-05-04');
  });
});
