import { useState } from 'react';

export type DashboardTab = 'detail' | 'compare' | 'charts' | 'policies';

export interface TabState {
  tab: DashboardTab;
  /** Where closing the detail or emptying the comparison goes back to. */
  back: DashboardTab;
}

export interface TabInputs {
  selectedId: string | null;
  compareCount: number;
}

/** The tabs shown: detail and compare only while there is something to show in them. */
export function availableTabs({ selectedId, compareCount }: TabInputs): DashboardTab[] {
  const tabs: DashboardTab[] = [];
  if (selectedId !== null) tabs.push('detail');
  if (compareCount > 0) tabs.push('compare');
  tabs.push('charts', 'policies');
  return tabs;
}

/** The open tab: the chosen one while it exists, else the one it replaced, else the charts. */
export function openTab(state: TabState, available: readonly DashboardTab[]): DashboardTab {
  if (available.includes(state.tab)) return state.tab;
  return available.includes(state.back) ? state.back : 'charts';
}

const passing = (tab: DashboardTab) => tab === 'detail' || tab === 'compare';

/** The tab to return to when leaving `shown`: the last of charts and policies that was open. */
function backFrom(state: TabState, shown: DashboardTab): DashboardTab {
  return passing(shown) ? state.back : shown;
}

/**
 * A newly selected cluster opens its detail and a cluster added to the comparison opens the
 * comparison, so the result of a click in the list is always in view.
 */
export function nextTabState(state: TabState, before: TabInputs, now: TabInputs): TabState {
  const back = backFrom(state, openTab(state, availableTabs(before)));
  if (now.selectedId !== null && now.selectedId !== before.selectedId) return { tab: 'detail', back };
  if (now.compareCount > before.compareCount) return { tab: 'compare', back };
  return state;
}

export function useDashboardTab(inputs: TabInputs) {
  const [state, setState] = useState<TabState>({ tab: inputs.selectedId ? 'detail' : 'charts', back: 'charts' });
  const [seen, setSeen] = useState<TabInputs>(inputs);
  // Adjusted during render (not in an effect), so the detail never shows a frame behind another tab.
  if (seen.selectedId !== inputs.selectedId || seen.compareCount !== inputs.compareCount) {
    setSeen(inputs);
    setState(nextTabState(state, seen, inputs));
  }
  const available = availableTabs(inputs);
  const tab = openTab(state, available);
  const choose = (next: DashboardTab) => setState({ tab: next, back: backFrom(state, tab) });
  return { tab, available, choose };
}
