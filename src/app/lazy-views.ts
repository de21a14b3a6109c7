import { lazy, useEffect, useState } from 'react';
import { afterFirstScreen } from '@/hooks/first-screen';
import { loadViewCatalogs } from '@/i18n/i18n';

// Everything that is not needed for the first render of the ranked matches lives in its own
// chunk (first-screen budget, docs/architecture.md "Lazy chunks"). Every lazy view of the app is declared here; each
// loader is kept so the idle prefetch below and React.lazy share one request. The three maps are
// one chunk (vite.config.ts) with the state map (its outlines are a chunk of their own), so the presentation and print maps cost no extra prefetch request.
// A view that reads an English namespace of src/locales/en-views.ts loads it with its module, so it
// never renders raw keys (tests/unit/i18n-first-screen.test.ts keeps those namespaces off the first screen).
const withViewCatalogs =
  <T>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), loadViewCatalogs()]).then(([module]) => module);
const loaders = {
  map: () => import('@/features/map/map-panel'),
  spotlightMap: () => import('@/features/map/spotlight-map'),
  scheduleMap: () => import('@/features/map/schedule-map'),
  stateOverviewMap: () => import('@/features/map/state-overview-map'),
  charts: () => import('@/features/charts/charts-panel'),
  policies: () => import('@/features/policies/policies-panel'),
  detail: () => import('@/features/cluster-detail/cluster-detail'),
  compare: () => import('@/features/compare/compare-panel'),
  meetings: withViewCatalogs(() => import('@/app/meetings-view')),
  event: withViewCatalogs(() => import('@/app/event-view')),
  presentation: () => import('@/features/presentation/presentation-mode'),
  ownFacts: () => import('@/features/own-facts/own-facts-views'),
  ownImport: withViewCatalogs(() => import('@/app/own-import-entry')),
  savedData: () => import('@/features/saved-data/saved-data-dialog'),
};

export const MapPanel = lazy(() => loaders.map().then((m) => ({ default: m.MapPanel })));
export const ChartsPanel = lazy(() => loaders.charts().then((m) => ({ default: m.ChartsPanel })));
export const PoliciesPanel = lazy(() => loaders.policies().then((m) => ({ default: m.PoliciesPanel })));
export const ClusterDetail = lazy(() => loaders.detail().then((m) => ({ default: m.ClusterDetail })));
export const ComparePanel = lazy(() => loaders.compare().then((m) => ({ default: m.ComparePanel })));
export const MeetingsView = lazy(() => loaders.meetings().then((m) => ({ default: m.MeetingsView })));
export const EventView = lazy(() => loaders.event().then((m) => ({ default: m.EventView })));
export const SavedLists = lazy(() => loaders.meetings().then((m) => ({ default: m.SavedLists })));
export const PresentationMode = lazy(() => loaders.presentation().then((m) => ({ default: m.PresentationMode })));
export const OwnFactsSection = lazy(() => loaders.ownFacts().then((m) => ({ default: m.OwnFactsSection })));
export const OwnImportDialog = lazy(() => loaders.ownImport().then((m) => ({ default: m.OwnImportDialog })));
export const AddOrganisationDialog = lazy(() => loaders.ownFacts().then((m) => ({ default: m.AddOrganisationDialog })));
export const SavedDataDialog = lazy(() => loaders.savedData().then((m) => ({ default: m.SavedDataDialog })));
export const SpotlightMap = lazy(() => loaders.spotlightMap().then((m) => ({ default: m.SpotlightMap })));
export const StateOverviewMap = lazy(() => loaders.stateOverviewMap().then((m) => ({ default: m.StateOverviewMap })));
export const ScheduleMap = lazy(() => loaders.scheduleMap().then((m) => ({ default: m.ScheduleMap })));

let prefetched = false;

/**
 * Fetches the remaining views once the first screen is idle, so opening the detail, the meeting
 * list or presentation mode is instant and still works if the venue network drops afterwards.
 */
export function prefetchLazyViews(): void {
  if (prefetched) return;
  prefetched = true;
  // A failed prefetch is harmless: opening the view imports the chunk again.
  for (const load of Object.values(loaders)) load().catch(() => undefined);
}

type ScheduleMapModule = Awaited<ReturnType<typeof loaders.scheduleMap>>;

/**
 * The schedule map's module once the first screen is idle, for a render that must not suspend
 * (the printed summary is drawn during `beforeprint`, when a loading fallback would be printed).
 */
export function useScheduleMapModule(): ScheduleMapModule | null {
  const [module, setModule] = useState<ScheduleMapModule | null>(null);
  useEffect(() => afterFirstScreen(() => void loaders.scheduleMap().then(setModule, () => undefined)), []);
  return module;
}
