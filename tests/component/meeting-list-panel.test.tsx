import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { useAppStore } from '@/stores/app-store';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

const QRO = 'Clúster Aeroespacial de Querétaro';

function addThree() {
  const { toggleShortlisted, updateEvent } = useAppStore.getState();
  [IDS.queretaro, IDS.monterrey, IDS.ict].forEach(toggleShortlisted);
  updateEvent({
    date: '2026-10-20',
    sessions: [{ id: 'am', label: 'Morning', start: '09:00', end: '10:00' }],
    breaks: [],
  });
}

const scheduleRows = () =>
  within(screen.getByRole('table', { name: 'Meeting schedule' }))
    .getAllByRole('row')
    .slice(1)
    // The last cell holds the outcome control (tests/component/outcomes.test.tsx reads it).
    .map((row) => [...row.children].slice(0, -1).map((cell) => cell.textContent));

describe('MeetingListPanel schedule', () => {
  it('turns the shortlist order into time slots', async () => {
    const user = userEvent.setup();
    addThree();
    useAppStore.getState().setShortlistNote(IDS.monterrey, 'Bring brochures');
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Meeting length' }), '15 minutes');
    const gap = screen.getByRole('spinbutton', { name: /Gap between meetings/ });
    await user.clear(gap);
    await user.type(gap, '0');
    expect(scheduleRows()).toEqual([
      ['1', '09:00–09:15', QRO, 'Querétaro', 'Gold, expired 23 Jun 2019', '—'],
      ['2', '09:15–09:30', 'Monterrey Aerocluster', 'Nuevo León', 'Bronze, expired 3 May 2019', 'Bring brochures'],
      [
        '3',
        '09:30–09:45',
        'Clúster de Tecnologías de la Información',
        'not stated in the sources',
        'No ESCA label',
        '—',
      ],
    ]);
    expect(screen.queryByText(/do not fit/)).not.toBeInTheDocument();
  });

  it('warns about meetings that do not fit, naming them, and keeps their rows', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    // 20-minute meetings with a 5-minute gap: 09:00 and 09:25 fit in one hour, the third does not.
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('1 meeting does not fit the sessions');
    expect(warning).toHaveTextContent('3. Clúster de Tecnologías de la Información');
    expect(scheduleRows()[2][1]).toBe('⚠ not scheduled');

    await user.click(screen.getByRole('button', { name: 'Add session' }));
    expect(screen.getByRole('textbox', { name: 'Name of session 2' })).toHaveValue('Session 2');
    expect(screen.getByLabelText('Session 2 start')).toHaveValue('10:30');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(scheduleRows()[2][1]).toBe('10:30–10:50');
  });

  it('shows event problems inline and lets breaks and tables shape the slots', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    fireEvent.change(screen.getByLabelText('Morning end'), { target: { value: '08:00' } });
    const alerts = screen.getAllByRole('alert');
    expect(alerts.some((a) => a.textContent?.includes('Session "Morning" ends before it starts'))).toBe(true);
    fireEvent.change(screen.getByLabelText('Morning end'), { target: { value: '11:00' } });

    await user.click(screen.getByRole('button', { name: 'Add break' }));
    fireEvent.change(screen.getByLabelText('Coffee break start'), { target: { value: '09:20' } });
    fireEvent.change(screen.getByLabelText('Coffee break end'), { target: { value: '09:40' } });
    await user.click(screen.getByRole('checkbox', { name: 'Table numbers' }));
    const first = screen.getByRole('spinbutton', { name: 'First table' });
    await user.clear(first);
    await user.type(first, '12');
    // Each meeting at its own table, numbered on from the first.
    expect(scheduleRows().map((r) => [r[1], r[6]])).toEqual([
      ['09:00–09:20', '12'],
      ['09:40–10:00', '13'],
      ['10:05–10:25', '14'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove break Coffee break' }));
    expect(scheduleRows()[1][1]).toBe('09:25–09:45');
  });

  it('never saves a half-typed number', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    const gap = screen.getByRole('spinbutton', { name: /Gap between meetings/ });
    await user.clear(gap);
    // '1' and '13' are fine; '130' is over the 120-minute limit and stays a draft.
    await user.type(gap, '130');
    expect(gap).toHaveAttribute('aria-invalid', 'true');
    expect(gap).toHaveValue(130);
    expect(useAppStore.getState().shortlists[0].event.gapMinutes).toBe(13);
    await user.tab();
    expect(gap).toHaveValue(13);
    expect(gap).not.toHaveAttribute('aria-invalid');
  });

  it('explains the empty meeting list', () => {
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    expect(screen.getByText(/The meeting list is empty/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });
});

describe('MeetingListPanel print view', () => {
  it('switches to a print view with the event header, then prints', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    // Set before the list is built: the list keeps the profile its first partner was added with.
    useAppStore.getState().setProfile({ euClusterId: 'hegan' });
    addThree();
    useAppStore.getState().setShortlistNote(IDS.queretaro, 'MRO talks');
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.click(screen.getByRole('checkbox', { name: 'Include score reasons in print' }));
    await user.click(screen.getByRole('button', { name: 'Print meeting list' }));

    expect(print).toHaveBeenCalledTimes(1);
    const view = screen.getByRole('dialog', { name: 'Print view' });
    expect(within(view).getByRole('heading', { level: 1 })).toHaveTextContent('My shortlist');
    expect(view).toHaveTextContent('20 Oct 2026 · Mexico City · America/Mexico City');
    expect(view).toHaveTextContent('EU cluster: HEGAN Basque Aerospace Cluster');
    expect(view).toHaveTextContent('Note: MRO talks');
    expect(within(view).getAllByRole('listitem').length).toBeGreaterThan(0);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Print view' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print meeting list' })).toHaveFocus();
  });
});
