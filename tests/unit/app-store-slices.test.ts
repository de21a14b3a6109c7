// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, DEFAULT_WEIGHTS, EMPTY_FILTERS, WEIGHT_PRESETS } from '@/domain/profile';
import { DEFAULT_EXPIRED_LABEL_FACTOR } from '@/domain/labels';
import { useAppStore } from '@/stores/app-store';
import { newShortlist } from '@/stores/saved-shortlists';
import { MAX_COMPARE } from '@/stores/ui-slice';

const store = () => useAppStore.getState();

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('the ranking inputs slice', () => {
  it('starts from the Balanced preset and the ranking default for expired labels', () => {
    expect(WEIGHT_PRESETS.find((p) => p.id === DEFAULT_PRESET_ID)?.weights).toEqual(DEFAULT_WEIGHTS);
    expect(store()).toMatchObject({
      weights: DEFAULT_WEIGHTS,
      presetId: 'balanced',
      expiredLabelFactor: DEFAULT_EXPIRED_LABEL_FACTOR,
      filters: EMPTY_FILTERS,
    });
    expect(store().profile.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('drops the preset once a weight is moved, and takes a preset whole', () => {
    store().setWeight('eccp', 9);
    expect([store().weights.eccp, store().presetId]).toEqual([9, null]);
    store().applyPreset('quality-first');
    expect([store().weights, store().presetId]).toEqual([WEIGHT_PRESETS[1].weights, 'quality-first']);
    store().applyPreset('no-such-preset');
    expect(store().presetId).toBe('quality-first');
  });

  it('keeps the expired-label factor within 0–1 and patches profile and filters', () => {
    store().setExpiredLabelFactor(3);
    expect(store().expiredLabelFactor).toBe(1);
    store().setExpiredLabelFactor(-1);
    expect(store().expiredLabelFactor).toBe(0);
    store().setProfile({ sectors: ['aerospace'] });
    store().setFilters({ eccpOnly: true });
    expect([store().profile.sectors, store().profile.interests, store().filters.eccpOnly]).toEqual([
      ['aerospace'],
      [],
      true,
    ]);
    store().clearFilters();
    expect(store().filters).toBe(EMPTY_FILTERS);
  });
});

describe('the UI slice', () => {
  it(`compares at most ${MAX_COMPARE} clusters and toggles them off again`, () => {
    for (const id of ['a', 'b', 'c', 'd', 'e']) store().toggleCompare(id);
    expect(store().compareIds).toEqual(['a', 'b', 'c', 'd']);
    store().toggleCompare('b');
    expect(store().compareIds).toEqual(['a', 'c', 'd']);
    store().clearCompare();
    expect(store().compareIds).toEqual([]);
  });

  it('selects, presents and switches view', () => {
    store().select('x');
    store().setPresenting(true);
    store().setView('meetings');
    expect(store()).toMatchObject({ selectedId: 'x', presenting: true, view: 'meetings' });
  });
});

describe('the shortlists slice', () => {
  it('opens a shortlist on the first pick and toggles entries on it', () => {
    store().toggleShortlisted('a');
    store().toggleShortlisted('b');
    const [list] = store().shortlists;
    expect([store().shortlists.length, store().activeShortlistId]).toEqual([1, list.id]);
    expect(list.entries.map((e) => e.clusterId)).toEqual(['a', 'b']);
    store().moveShortlisted('b', -1);
    store().setShortlistNote('a', 'Meet Ana');
    store().toggleShortlisted('b');
    expect(store().shortlists[0].entries).toEqual([{ clusterId: 'a', note: 'Meet Ana' }]);
  });

  it('renames, deletes (opening the next list) and imports under a fresh id when the id is taken', () => {
    useAppStore.setState({ shortlists: [newShortlist('One', 'one'), newShortlist('Two', 'two')] });
    store().setActiveShortlist('one');
    store().renameShortlist('First');
    store().updateEvent({ place: 'Monterrey' });
    expect(store().shortlists[0]).toMatchObject({ name: 'First', event: { place: 'Monterrey' } });
    store().deleteShortlist('one');
    expect(store().activeShortlistId).toBe('two');
    store().importShortlist(newShortlist('Two again', 'two'));
    expect(store().shortlists.map((l) => l.id)).toEqual(['two', store().activeShortlistId]);
    expect(store().activeShortlistId).toMatch(/^two-/);
  });
});

describe('the notices slice', () => {
  it('adds notices with distinct ids and dismisses one', () => {
    store().addNotice('url', () => 'first');
    store().addNotice('import', () => 'second');
    const [first, second] = store().notices;
    expect(first.id).not.toBe(second.id);
    store().dismissNotice(first.id);
    expect(store().notices).toEqual([second]);
  });
});

describe('the bound store', () => {
  it('resets every slice, actions included, with setState(getInitialState(), true)', () => {
    store().setProfile({ sectors: ['aerospace'] });
    store().toggleCompare('a');
    store().toggleShortlisted('a');
    store().addNotice('url', () => 'hello');
    useAppStore.setState(useAppStore.getInitialState(), true);
    expect(store()).toMatchObject({ profile: { sectors: [] }, compareIds: [], shortlists: [], notices: [] });
    store().toggleShortlisted('b');
    expect(store().shortlists[0].entries.map((e) => e.clusterId)).toEqual(['b']);
  });
});
