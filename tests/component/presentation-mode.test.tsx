import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PresentationMode } from '@/features/presentation/presentation-mode';
import { useAppStore } from '@/stores/app-store';
import { shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

// How the app mounts it: the overlay exists only while presenting; the header's Present button opens it.
function Harness() {
  const presenting = useAppStore((s) => s.presenting);
  const setPresenting = useAppStore((s) => s.setPresenting);
  return (
    <>
      <button type="button" onClick={() => setPresenting(true)}>
        Present
      </button>
      {presenting && <PresentationMode />}
    </>
  );
}

const position = () => within(screen.getByRole('dialog', { name: 'Presentation' })).getByText(/^\d+ \/ \d+$/);
const heading = () => screen.getByRole('heading', { level: 2 });

let requestFullscreen: ReturnType<typeof vi.fn>;

beforeEach(() => {
  // These tests read the whole list; with a sector chosen the default lists only clusters with
  // sector fit (tests/component/relevance-line.test.tsx).
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ sectors: ['aerospace'] });
  // Full screen is a browser boundary jsdom lacks; a refusal must not matter.
  requestFullscreen = vi.fn(() => Promise.reject(new Error('denied')));
  Object.defineProperty(document.documentElement, 'requestFullscreen', {
    configurable: true,
    value: requestFullscreen,
  });
});

describe('PresentationMode', () => {
  it('opens full screen from Present, steps with the arrow keys and leaves with Esc', async () => {
    const user = userEvent.setup();
    renderApp({ dataset: shortlistParsed(), ui: <Harness /> });
    const present = screen.getByRole('button', { name: 'Present' });
    await user.click(present);

    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    // The plan opens on its title slide, then the overview map, then the ranking (no shortlist: no agenda).
    expect(heading()).toHaveTextContent('EU–Mexico cluster matchmaking');
    expect(within(dialog).getByText('EU cluster: not chosen yet')).toBeInTheDocument();
    expect(within(dialog).getByText('Next: Overview map')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Where Mexico is strong in Aerospace');
    await user.keyboard('{ArrowRight}');
    expect(position()).toHaveTextContent('1 / 4');
    const first = heading().textContent;
    expect(within(dialog).getByText(/^Rank 1$/)).toBeInTheDocument();
    expect(within(dialog).getByText(/^Score \d+(\.\d)? \/ 100$/)).toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'Why this match' })).toBeInTheDocument();
    const next = within(dialog)
      .getByText(/^Next: /)
      .textContent?.replace('Next: ', '');

    await user.keyboard('{ArrowRight}');
    expect(position()).toHaveTextContent('2 / 4');
    expect(heading()).toHaveTextContent(next ?? '');
    const ranking = useAppStore.getState();
    expect(ranking.selectedId).not.toBeNull();

    await user.keyboard('{ArrowDown}{PageDown}');
    expect(position()).toHaveTextContent('4 / 4');
    expect(within(dialog).getByText('Last match')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(position()).toHaveTextContent('4 / 4');

    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(position()).toHaveTextContent('2 / 4');
    await user.keyboard('{ArrowLeft}');
    expect(heading()).toHaveTextContent(first ?? '');
    await user.keyboard('{Home}');
    expect(heading()).toHaveTextContent('EU–Mexico cluster matchmaking');
    await user.keyboard('{End}');
    expect(position()).toHaveTextContent('4 / 4');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).not.toBeInTheDocument();
    expect(useAppStore.getState().presenting).toBe(false);
    expect(present).toHaveFocus();
  });

  it('keeps the focus inside the overlay and offers a leave button to keyboard users', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setPresenting(true);
    renderApp({ dataset: shortlistParsed(), ui: <Harness /> });
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    expect(dialog).toHaveFocus();
    await user.tab();
    const leave = screen.getByRole('button', { name: 'Leave presentation' });
    expect(leave).toHaveFocus();
    await user.tab();
    expect(dialog).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().presenting).toBe(false);
  });

  it('makes the map follow the presented match', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setPresenting(true);
    renderApp({ dataset: shortlistParsed(), ui: <Harness /> });
    expect(useAppStore.getState().selectedId).toBeNull();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const firstId = useAppStore.getState().selectedId;
    expect(firstId).not.toBeNull();
    await user.keyboard(' ');
    expect(useAppStore.getState().selectedId).not.toBe(firstId);
  });

  it('explains an empty ranking and still leaves with Esc', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFilters({ query: 'no such cluster anywhere' });
    useAppStore.getState().setPresenting(true);
    renderApp({ dataset: shortlistParsed(), ui: <Harness /> });
    expect(screen.getByText(/No matches to present/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().presenting).toBe(false);
  });
});
