// The B2B schedule grid: a meeting moved with the keyboard (Enter, arrows, Enter), cells that say
// why a meeting cannot go there, Undo by button and by Ctrl+Z, and unplaced meetings explained in
// English and in Spanish.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SchedulePanel } from '@/features/b2b-event/schedule-panel';
import { useB2bEventStore } from '@/stores/b2b-event-store';
import { b2bRun, b2bWorkspace } from '../fixtures/b2b-event-workspace';
import { renderApp } from './render-app';
import { switchToSpanish, inSpanish } from './spanish';

const cell = (slot: number, table: number) =>
  document.querySelector<HTMLButtonElement>(`[data-cell="${slot}:${table}"]`)!;

function show(workspace = b2bWorkspace(), run = b2bRun(workspace)) {
  useB2bEventStore.setState({ workspace, run, undoStack: [] });
  return renderApp({ ui: <SchedulePanel /> });
}

beforeEach(() => useB2bEventStore.getState().reset());

describe('schedule grid', () => {
  it('moves a meeting with Enter and the arrow keys, then undoes it by button and by Ctrl+Z', async () => {
    const user = userEvent.setup();
    show();
    expect(cell(0, 0)).toHaveAccessibleDescription('Table 1 at 09:00: A × X');
    cell(0, 0).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/A × X picked up/)).toBeInTheDocument();
    // Blocked cells say why; free ones say so.
    expect(cell(1, 1)).toHaveAccessibleDescription(/Table 2 at 09:30: (A already meets Y|X already meets B) then/);
    expect(cell(3, 0)).toHaveAccessibleDescription('Table 1 at 10:30: free');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(cell(3, 0)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Moved A × X to Table 1 at 10:30; it is now locked.')).toBeInTheDocument();
    expect(cell(3, 0)).toHaveTextContent(/AX.*Locked/);
    expect(cell(0, 0)).toHaveTextContent('Empty');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cell(0, 0)).toHaveTextContent(/^AX/);
    expect(cell(3, 0)).toHaveTextContent('Empty');

    cell(0, 0).focus();
    await user.keyboard('{Enter}{ArrowRight}{Enter}');
    expect(cell(0, 1)).toHaveTextContent(/^AX/);
    await user.keyboard('{Control>}z{/Control}');
    expect(cell(0, 0)).toHaveTextContent(/^AX/);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('refuses a blocked cell, saying why, and Escape puts the meeting back down', async () => {
    const user = userEvent.setup();
    show();
    cell(1, 0).focus();
    await user.keyboard('{Enter}');
    expect(cell(2, 1)).toHaveAccessibleDescription('Table 2 at 10:00: Y is not available then');
    await user.click(cell(2, 1));
    expect(cell(1, 0)).toHaveTextContent(/^AY/);
    expect(screen.getAllByText('Table 2 at 10:00: Y is not available then').length).toBeGreaterThan(0);
    cell(1, 0).focus();
    await user.keyboard('{Escape}');
    expect(screen.getByText('Move cancelled.')).toBeInTheDocument();
    expect(cell(2, 1)).toHaveAccessibleDescription('Table 2 at 10:00');
  });
});

describe('unplaced meetings', () => {
  // A may have one meeting: A–Y cannot be placed once A–X is.
  const capped = () => {
    const base = b2bWorkspace();
    const workspace = {
      ...base,
      participants: base.participants.map((p) => (p.name === 'A' ? { ...p, maxMeetings: 1 } : p)),
    };
    return { workspace, run: b2bRun(workspace) };
  };

  it('shows each with its reason in English', () => {
    const { workspace, run } = capped();
    show(workspace, run);
    expect(screen.getByRole('heading', { name: '1 meeting not placed' })).toBeInTheDocument();
    expect(screen.getByText('A already has its maximum of 1 meeting')).toBeInTheDocument();
    expect(screen.getByText(/Scheduled 3 of 4 · at most/)).toBeInTheDocument();
  });

  describe('in Spanish', () => {
    inSpanish({ fromStart: false });
    it('shows each with its reason in Spanish', async () => {
      await switchToSpanish();
      const { workspace, run } = capped();
      show(workspace, run);
      expect(screen.getByRole('heading', { name: '1 reunión sin lugar' })).toBeInTheDocument();
      expect(screen.getByText('A ya tiene su máximo de 1 reunión')).toBeInTheDocument();
      expect(screen.getByText(/Programadas 3 de 4 · con esta disponibilidad/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Deshacer' })).toBeDisabled();
    });
  });
});
