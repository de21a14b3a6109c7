// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/stores/app-store';
import { newShortlist } from '@/stores/saved-shortlists';
import {
  selectActiveEntries,
  selectActiveShortlist,
  useActiveShortlist,
  useIsShortlisted,
  useRankingInputs,
  useShortlistedIds,
} from '@/stores/selectors';

const withEntries = (id: string, ...clusterIds: string[]) => ({
  ...newShortlist(id, id),
  entries: clusterIds.map((clusterId) => ({ clusterId, note: '' })),
});

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('the shortlist selectors', () => {
  it('read the open shortlist, and nothing when the active id names no list', () => {
    const lists = [withEntries('one', 'a'), withEntries('two', 'b', 'c')];
    expect(selectActiveShortlist({ shortlists: lists, activeShortlistId: 'two' })).toBe(lists[1]);
    expect(selectActiveEntries({ shortlists: lists, activeShortlistId: 'two' })).toBe(lists[1].entries);
    expect(selectActiveShortlist({ shortlists: lists, activeShortlistId: 'gone' })).toBeNull();
  });

  it('return the same empty list every time, so a hook does not re-render for nothing', () => {
    const none = { shortlists: [], activeShortlistId: null };
    expect(selectActiveEntries(none)).toEqual([]);
    expect(selectActiveEntries(none)).toBe(selectActiveEntries({ shortlists: [], activeShortlistId: 'x' }));
  });

  it('follow the store in hooks: active list, ids and one cluster', () => {
    const active = renderHook(() => useActiveShortlist());
    const ids = renderHook(() => useShortlistedIds());
    const isA = renderHook(() => useIsShortlisted('a'));
    expect([active.result.current, [...ids.result.current], isA.result.current]).toEqual([null, [], false]);
    act(() => useAppStore.setState({ shortlists: [withEntries('one', 'a', 'b')], activeShortlistId: 'one' }));
    expect(active.result.current?.id).toBe('one');
    expect([...ids.result.current]).toEqual(['a', 'b']);
    expect(isA.result.current).toBe(true);
    act(() => useAppStore.getState().toggleShortlisted('a'));
    expect([[...ids.result.current], isA.result.current]).toEqual([['b'], false]);
  });
});

describe('useRankingInputs', () => {
  it('keeps its object while other state changes and renews it when an input changes', () => {
    const { result } = renderHook(() => useRankingInputs());
    const first = result.current;
    expect(first).toEqual({
      profile: useAppStore.getState().profile,
      weights: useAppStore.getState().weights,
      expiredLabelFactor: useAppStore.getState().expiredLabelFactor,
      filters: useAppStore.getState().filters,
      includeOtherSectors: false,
    });
    act(() => {
      useAppStore.getState().select('a');
      useAppStore.getState().setView('meetings');
      useAppStore.getState().toggleShortlisted('a');
    });
    expect(result.current).toBe(first);
    act(() => useAppStore.getState().setFilters({ eccpOnly: true }));
    expect(result.current).not.toBe(first);
    expect(result.current.filters.eccpOnly).toBe(true);
  });
});
