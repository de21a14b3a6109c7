import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShortlistPanel } from '@/features/shortlist/shortlist-panel';
import { useAppStore } from '@/stores/app-store';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

const QRO = 'Clúster Aeroespacial de Querétaro';
const MTY = 'Monterrey Aerocluster';
const ICT = 'Clúster de Tecnologías de la Información';

function addThree() {
  const { toggleShortlisted } = useAppStore.getState();
  [IDS.queretaro, IDS.monterrey, IDS.ict].forEach(toggleShortlisted);
}

const names = () =>
  within(screen.getByRole('list', { name: 'Shortlisted clusters' }))
    .getAllByRole('listitem')
    // The position control's options (1, 2, 3) are not the entry's text: its value is.
    .map(
      (li) =>
        `${li.querySelector('select')?.value ?? '?'}.${(li.textContent ?? '').replace(li.querySelector('select')?.textContent ?? '', '')}`,
    );

const activeEntries = () => {
  const s = useAppStore.getState();
  return s.shortlists.find((l) => l.id === s.activeShortlistId)?.entries ?? [];
};

describe('ShortlistPanel', () => {
  it('explains how to add clusters when the shortlist is empty', () => {
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });
    expect(screen.getByText(/Use .Add to shortlist. on a match, on the map or in the detail/)).toBeInTheDocument();
  });

  it('lists entries in order with state and score, and reorders them', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });
    expect(names()[0]).toMatch(new RegExp(`^1\\.${QRO}Querétaro · Score \\d+(\\.\\d)? of 100`));
    expect(names()[2]).toContain('not stated in the sources');
    expect(screen.getByRole('button', { name: `Move ${QRO} up` })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: `Move ${QRO} down` }));
    expect(activeEntries().map((e) => e.clusterId)).toEqual([IDS.monterrey, IDS.queretaro, IDS.ict]);
    expect(names()[0]).toMatch(/^1\.Monterrey Aerocluster/);

    await user.click(screen.getByRole('button', { name: `Move ${ICT} up` }));
    expect(activeEntries().map((e) => e.clusterId)).toEqual([IDS.monterrey, IDS.ict, IDS.queretaro]);
  });

  it('moves an entry to any position in one step, keeping focus on its position control', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });
    const status = screen.getByText('', { selector: '[role="status"]' });
    await user.selectOptions(screen.getByRole('combobox', { name: `Position of ${ICT} in the list` }), '1');
    expect(activeEntries().map((e) => e.clusterId)).toEqual([IDS.ict, IDS.queretaro, IDS.monterrey]);
    expect(screen.getByRole('combobox', { name: `Position of ${ICT} in the list` })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: `Position of ${ICT} in the list` })).toHaveValue('1');
    expect(status).toHaveTextContent(`${ICT} moved to position 1 of 3.`);
  });

  it('keeps focus on a moved entry, also at the first and last place, and announces its new place', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });
    const status = screen.getByText('', { selector: '[role="status"]' });

    await user.click(screen.getByRole('button', { name: `Move ${MTY} up` }));
    // First place: "up" is disabled now, so focus goes to the entry's other move button.
    expect(screen.getByRole('button', { name: `Move ${MTY} up` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Move ${MTY} down` })).toHaveFocus();
    expect(status).toHaveTextContent(`${MTY} moved to position 1 of 3.`);

    await user.click(screen.getByRole('button', { name: `Move ${QRO} down` }));
    expect(screen.getByRole('button', { name: `Move ${QRO} up` })).toHaveFocus();
    expect(status).toHaveTextContent(`${QRO} moved to position 3 of 3.`);

    // In the middle, focus stays on the button that was pressed, so it can be pressed again.
    await user.keyboard('{Enter}');
    expect(activeEntries().map((e) => e.clusterId)).toEqual([IDS.monterrey, IDS.queretaro, IDS.ict]);
    expect(screen.getByRole('button', { name: `Move ${QRO} up` })).toHaveFocus();
    expect(status).toHaveTextContent(`${QRO} moved to position 2 of 3.`);
  });

  it('removes an entry and keeps a note per cluster', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });
    await user.type(screen.getByRole('textbox', { name: `Note for ${MTY}` }), 'Meet Ana, MRO');
    expect(activeEntries().find((e) => e.clusterId === IDS.monterrey)?.note).toBe('Meet Ana, MRO');

    await user.click(screen.getByRole('button', { name: `Remove ${QRO} from shortlist` }));
    expect(screen.queryByRole('button', { name: QRO })).not.toBeInTheDocument();
    expect(activeEntries().map((e) => e.clusterId)).toEqual([IDS.monterrey, IDS.ict]);
    expect(screen.getByRole('textbox', { name: `Note for ${MTY}` })).toHaveValue('Meet Ana, MRO');
  });

  it('selects a cluster from its name and keeps the score of one the search hides', async () => {
    const user = userEvent.setup();
    addThree();
    useAppStore.getState().setFilters({ query: 'Monterrey' });
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });
    await user.click(screen.getByRole('button', { name: QRO }));
    expect(useAppStore.getState().selectedId).toBe(IDS.queretaro);
    expect(screen.getByRole('button', { name: QRO })).toHaveAttribute('aria-pressed', 'true');
    // The search hides Querétaro from the list; its shortlist entry keeps its score (it used to show a dash).
    expect(names()[0]).toMatch(/Score \d/);
    expect(names()[0]).not.toContain('Score —');
    expect(names()[1]).toMatch(/Score \d/);
  });

  it('creates, renames and deletes named shortlists inline', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });

    await user.click(screen.getByRole('button', { name: 'New shortlist' }));
    await user.click(screen.getByRole('button', { name: 'Create shortlist' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a name for the shortlist.');
    await user.type(screen.getByRole('textbox', { name: 'Name of the new shortlist' }), 'Monterrey fair{Enter}');
    expect(screen.getByRole('combobox', { name: 'Shortlist' })).toHaveDisplayValue('Monterrey fair');
    expect(screen.getByText(/This shortlist is empty/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const rename = screen.getByRole('textbox', { name: 'New name for Monterrey fair' });
    await user.clear(rename);
    await user.type(rename, 'Querétaro mission');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByRole('combobox', { name: 'Shortlist' })).toHaveDisplayValue('Querétaro mission');

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: 'Confirm delete' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(useAppStore.getState().shortlists).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete Querétaro mission' }));
    expect(useAppStore.getState().shortlists.map((l) => l.name)).toEqual(['My shortlist']);
    expect(screen.getByRole('combobox', { name: 'Shortlist' })).toHaveDisplayValue('My shortlist');
    expect(names()).toHaveLength(3);
  });

  it('says when saving is off', () => {
    useAppStore.setState({ savingOff: true });
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });
    expect(screen.getByText(/Saving is off/)).toBeInTheDocument();
  });
});
