// A saved list keeps the profile it was built for: the dashboard moving to another sector never
// rescopes it (the bug: the aerospace list printed the ICT cluster's name and ICT scores).
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_EVENT } from '@/domain/event';
import { formatPoints } from '@/domain/format';
import { DEFAULT_WEIGHTS, defaultProfile, type Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { ShortlistPanel } from '@/features/shortlist/shortlist-panel';
import { rankingPassCount } from '@/hooks/ranking-memo';
import { useAppStore } from '@/stores/app-store';
import { selectActiveShortlist } from '@/stores/selectors';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

const AS_OF = '2026-03-02';
const AERO: Profile = { ...defaultProfile(AS_OF), sectors: ['aerospace'], euClusterId: 'hegan' };
const ICT: Profile = { ...defaultProfile(AS_OF), sectors: ['ict'] };
const { dataset } = shortlistParsed();
const scoresFor = (profile: Profile) => {
  const ranking = rankAll(profile, buildIndex(dataset), { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5 });
  return (id: string) => formatPoints(ranking.byId(id)?.total ?? Number.NaN);
};
const PARTNERS = [IDS.queretaro, IDS.monterrey, IDS.ict];

/** The aerospace event, built on an aerospace dashboard; then the dashboard moves to ICT. */
function buildAerospaceThenSwitch() {
  const store = useAppStore.getState();
  store.setProfile(AERO);
  PARTNERS.forEach(store.toggleShortlisted);
  store.updateEvent({ sessions: [{ id: 'am', label: 'Morning', start: '09:00', end: '11:00' }] });
  store.setProfile(ICT);
}

const printScores = (print: HTMLElement) =>
  // Each meeting's first row ends with its score; session headings and breaks are rows of fewer cells.
  [...print.querySelectorAll('tbody tr:first-child')]
    .filter((tr) => tr.children.length >= 7)
    .map((tr) => tr.lastElementChild?.textContent);

describe('a saved list keeps its profile', () => {
  it('prints the aerospace list with its own EU cluster, scores and reasons after the dashboard moved to ICT', async () => {
    const user = userEvent.setup();
    buildAerospaceThenSwitch();
    const aero = scoresFor(AERO);
    const ict = scoresFor(ICT);
    // The test can fail: the two profiles score these partners differently.
    expect(PARTNERS.map(aero)).not.toEqual(PARTNERS.map(ict));

    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    const line = screen.getByRole('group', { name: "The list's profile" });
    expect(line).toHaveTextContent('Scored for: Aerospace · we are HEGAN · weights: Balanced');
    expect(line).toHaveTextContent('The dashboard now shows another profile');

    vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('checkbox', { name: 'Include score reasons in print' }));
    await user.click(screen.getByRole('button', { name: 'Print meeting list' }));
    const print = await screen.findByRole('dialog', { name: 'Print view' });
    expect(print).toHaveTextContent('EU cluster: HEGAN Basque Aerospace Cluster');
    expect(printScores(print)).toEqual(PARTNERS.map(aero));
    const qro = within(print).getByText('Clúster Aeroespacial de Querétaro').closest('tbody');
    expect(qro?.textContent).toMatch(/aerospace/i);
    expect(qro?.textContent).not.toMatch(/\bICT\b/);
  });

  it('scores the shortlist panel with the list profile too, ranking once for it however often it renders', () => {
    buildAerospaceThenSwitch();
    const before = rankingPassCount();
    const loaded = shortlistParsed();
    renderApp({ dataset: loaded, ui: <ShortlistPanel /> });
    // Re-renders (a selection, a note) never rank again.
    for (const id of PARTNERS) act(() => useAppStore.getState().select(id));
    act(() => useAppStore.getState().setShortlistNote(IDS.ict, 'Ask about the call'));
    renderApp({ dataset: loaded, ui: <MeetingListPanel /> });
    // The list's profile is ranked once (the dashboard's ICT profile is not needed here).
    expect(rankingPassCount() - before).toBeLessThanOrEqual(1);
    const items = within(screen.getByRole('list', { name: 'Shortlisted clusters' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(`Score ${scoresFor(AERO)(IDS.queretaro)} of 100`);
  });

  it('"Open on the dashboard" sets the dashboard to the list profile; "Use the dashboard\'s profile" rescopes on purpose', async () => {
    const user = userEvent.setup();
    buildAerospaceThenSwitch();
    useAppStore.getState().setView('meetings');
    useAppStore.getState().setWeight('label', 9);
    const kept = selectActiveShortlist(useAppStore.getState())?.profile;
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.click(screen.getByRole('button', { name: 'Open on the dashboard' }));
    const s = useAppStore.getState();
    expect(s.view).toBe('dashboard');
    expect(s.profile).toEqual(AERO);
    expect([s.weights, s.presetId, s.expiredLabelFactor]).toEqual([DEFAULT_WEIGHTS, 'balanced', 0.5]);
    expect(screen.queryByText(/another profile/)).not.toBeInTheDocument();

    useAppStore.getState().setProfile(ICT);
    await user.click(await screen.findByRole('button', { name: "Use the dashboard's profile instead" }));
    const list = selectActiveShortlist(useAppStore.getState());
    expect(list?.profile?.profile).toEqual(ICT);
    expect(list?.profile).not.toEqual(kept);
  });

  it('a list saved before lists kept a profile follows the dashboard until the manager keeps one', async () => {
    const user = userEvent.setup();
    const store = useAppStore.getState();
    store.importShortlist({
      id: 'old',
      name: 'Old list',
      entries: [{ clusterId: IDS.queretaro, note: '' }],
      event: { ...DEFAULT_EVENT, name: 'Old event' },
    });
    store.setProfile(ICT);
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    const line = screen.getByRole('group', { name: "The list's profile" });
    expect(line).toHaveTextContent('it follows the dashboard until you keep a profile for it');
    expect(line).toHaveTextContent('ICT');
    await user.click(within(line).getByRole('button', { name: 'Keep this profile for the list' }));
    expect(selectActiveShortlist(useAppStore.getState())?.profile?.profile).toEqual(ICT);
    useAppStore.getState().setProfile(AERO);
    expect(await screen.findByText(/another profile/)).toBeInTheDocument();
  });
});
