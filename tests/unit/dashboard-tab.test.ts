import { describe, expect, it } from 'vitest';
import { availableTabs, nextTabState, openTab, type TabState } from '@/app/dashboard-tab';

const none = { selectedId: null, compareCount: 0 };

describe('dashboard tabs', () => {
  it('shows detail and compare only while there is something in them', () => {
    expect(availableTabs(none)).toEqual(['charts', 'policies']);
    expect(availableTabs({ selectedId: 'x', compareCount: 2 })).toEqual(['detail', 'compare', 'charts', 'policies']);
  });

  it('opens the detail of a newly selected cluster, and goes back to the tab it replaced on close', () => {
    const onPolicies: TabState = { tab: 'policies', back: 'charts' };
    const selected = nextTabState(onPolicies, none, { selectedId: 'x', compareCount: 0 });
    expect(selected).toEqual({ tab: 'detail', back: 'policies' });
    // Closing the detail removes its tab: the policies come back.
    expect(openTab(selected, availableTabs(none))).toBe('policies');
  });

  it('opens the comparison when a cluster is added to it, not when one is removed', () => {
    const onCharts: TabState = { tab: 'charts', back: 'charts' };
    const added = nextTabState(onCharts, none, { selectedId: null, compareCount: 1 });
    expect(added.tab).toBe('compare');
    const removed = nextTabState(
      onCharts,
      { selectedId: null, compareCount: 2 },
      { selectedId: null, compareCount: 1 },
    );
    expect(removed).toBe(onCharts);
  });

  it('falls back to the charts when neither the chosen tab nor the one before it exists', () => {
    expect(openTab({ tab: 'detail', back: 'compare' }, availableTabs(none))).toBe('charts');
  });
});
