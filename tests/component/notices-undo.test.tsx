import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Notices } from '@/features/notices/notices';
import { ShortlistPanel } from '@/features/shortlist/shortlist-panel';
import { useAppStore } from '@/stores/app-store';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

const QRO = 'Clúster Aeroespacial de Querétaro';
const MTY = 'Monterrey Aerocluster';

const activeEntries = () => {
  const s = useAppStore.getState();
  return s.shortlists.find((l) => l.id === s.activeShortlistId)?.entries ?? [];
};

function renderPanel() {
  renderApp({
    dataset: shortlistParsed(),
    ui: (
      <>
        <Notices />
        <ShortlistPanel />
      </>
    ),
  });
  // The live region is there before any notice, so the first one is announced.
  const region = screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite');
  if (!region) throw new Error('no polite live region');
  return region;
}

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState());
  const { toggleShortlisted, setShortlistNote } = useAppStore.getState();
  [IDS.monterrey, IDS.queretaro, IDS.ict].forEach(toggleShortlisted);
  setShortlistNote(IDS.queretaro, 'Ask about the campus');
});

describe('undo in the notices', () => {
  it('brings a removed entry back with its note, from the keyboard', async () => {
    const user = userEvent.setup();
    const region = renderPanel();
    expect(region).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: `Remove ${QRO} from shortlist` }));
    expect(region).toHaveTextContent(`Removed ${QRO} and its note from "My shortlist".`);
    expect(activeEntries().map((e) => e.clusterId)).toEqual([IDS.monterrey, IDS.ict]);

    const undo = within(region).getByRole('button', {
      name: `Undo: Removed ${QRO} and its note from "My shortlist".`,
    });
    undo.focus();
    await user.keyboard('{Enter}');
    expect(activeEntries()).toEqual([
      { clusterId: IDS.monterrey, note: '' },
      { clusterId: IDS.queretaro, note: 'Ask about the campus' },
      { clusterId: IDS.ict, note: '' },
    ]);
    expect(screen.getByRole('textbox', { name: `Note for ${QRO}` })).toHaveValue('Ask about the campus');
    expect(region).toBeEmptyDOMElement();
  });

  it('keeps undo notices until dismissed, moves focus to the next one, and dismisses all at once', async () => {
    const user = userEvent.setup();
    const region = renderPanel();
    await user.click(screen.getByRole('button', { name: `Remove ${QRO} from shortlist` }));
    await user.click(screen.getByRole('button', { name: `Remove ${MTY} from shortlist` }));
    expect(within(region).getAllByRole('button', { name: /^Undo: / })).toHaveLength(2);

    await user.click(within(region).getByRole('button', { name: /^Dismiss notice: Removed Clúster/ }));
    const left = within(region).getByText(`Removed ${MTY} from "My shortlist".`).closest('[data-notice]');
    expect(left).toHaveFocus();

    useAppStore.getState().addNotice('url', () => 'A second notice');
    useAppStore.getState().addNotice('url', () => 'A third notice');
    await user.click(await within(region).findByRole('button', { name: 'Dismiss all notices' }));
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('brings back a deleted shortlist', async () => {
    const user = userEvent.setup();
    const region = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('group', { name: 'Confirm delete' })).toHaveTextContent('A notice will offer to undo it.');
    await user.click(screen.getByRole('button', { name: 'Yes, delete My shortlist' }));
    expect(useAppStore.getState().shortlists).toEqual([]);
    await user.click(
      within(region).getByRole('button', { name: 'Undo: Deleted the shortlist "My shortlist" with 3 clusters.' }),
    );
    expect(screen.getByRole('combobox', { name: 'Shortlist' })).toHaveDisplayValue('My shortlist');
    expect(screen.getByRole('textbox', { name: `Note for ${QRO}` })).toHaveValue('Ask about the campus');
  });
});
