// @vitest-environment jsdom
// Persist writes after every change to the store; only a change to the saved part may reach
// localStorage (a sector tick used to rewrite every saved shortlist).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '@/stores/app-store';
import { STORE_KEY, STORE_VERSION, newShortlist } from '@/stores/saved-shortlists';

const store = () => useAppStore.getState();

function countWrites() {
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  return () => setItem.mock.calls.filter(([key]) => key === STORE_KEY).length;
}

beforeEach(async () => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await useAppStore.persist.rehydrate();
});

describe('what the store writes to localStorage', () => {
  it('writes nothing for ranking inputs, navigation or notices', () => {
    const writes = countWrites();
    store().setProfile({ sectors: ['aerospace'] });
    store().setWeight('label', 7);
    store().setFilters({ eccpOnly: true });
    store().select('monterrey-aerocluster');
    store().toggleCompare('monterrey-aerocluster');
    store().setView('meetings');
    store().setPresenting(true);
    store().addNotice('url', () => 'hello');
    expect(writes()).toBe(0);
  });

  it('writes once per change to the shortlists', () => {
    const writes = countWrites();
    store().toggleShortlisted('monterrey-aerocluster');
    expect(writes()).toBe(1);
    store().setShortlistNote('monterrey-aerocluster', 'Meet Ana');
    store().setProfile({ sectors: ['ict'] });
    store().createShortlist('Second');
    expect(writes()).toBe(3);
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
    expect(Object.keys(saved.state)).toEqual(['shortlists', 'activeShortlistId', 'rev', 'clock']);
    expect(saved.state).toMatchObject({ shortlists: store().shortlists, activeShortlistId: store().activeShortlistId });
    expect(saved.state.rev).toBeGreaterThanOrEqual(3);
  });

  it('leaves a copy it loaded whole as it is', async () => {
    const raw = JSON.stringify({
      state: { shortlists: [newShortlist('Trip', 'trip')], activeShortlistId: 'trip' },
      version: STORE_VERSION,
    });
    localStorage.setItem(STORE_KEY, raw);
    await useAppStore.persist.rehydrate();
    const writes = countWrites();
    store().setProfile({ sectors: ['aerospace'] });
    expect([writes(), localStorage.getItem(STORE_KEY)]).toEqual([0, raw]);
    store().toggleShortlisted('hegan');
    expect(writes()).toBe(1);
  });

  it('replaces a copy it could load only in part, once', async () => {
    const good = newShortlist('Trip', 'trip');
    const state = { shortlists: [good, { ...good, id: '' }], activeShortlistId: 'trip' };
    localStorage.setItem(STORE_KEY, JSON.stringify({ state, version: STORE_VERSION }));
    const writes = countWrites();
    await useAppStore.persist.rehydrate();
    store().setProfile({ sectors: ['aerospace'] });
    store().setProfile({ sectors: ['ict'] });
    expect(writes()).toBe(1);
    expect(JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null').state.shortlists).toEqual([good]);
  });
});
