// The own-facts views on their own: correcting a field keeps the sourced value beside the user's and
// Revert brings the sourced one back; adding an organisation names each bad value under its field.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { EMPTY_OWN_REPLICA } from '@/domain/own-facts/replica';
import { ClusterDetail } from '@/features/cluster-detail/cluster-detail';
import { AddOrganisationDialog } from '@/features/own-facts/add-organisation';
import { OwnFactsSection } from '@/features/own-facts/own-facts-section';
import { useAppStore } from '@/stores/app-store';
import { useOwnFactsStore } from '@/stores/own-facts-store';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { renderApp } from './render-app';

const dataset = parseDataset(matchesRawFixture());
const NAME = 'Aeroclúster de Querétaro';

beforeEach(() => {
  useOwnFactsStore.setState({ replica: EMPTY_OWN_REPLICA });
  useAppStore.getState().setProfile({ sectors: ['aerospace'], asOf: '2026-01-10' });
});

describe('Correct and Revert in the cluster detail', () => {
  it('shows the sourced website next to the correction, and the sourced one again after Revert', async () => {
    const user = userEvent.setup();
    const id = dataset.dataset.clusters.find((c) => c.name === NAME)!.id;
    useAppStore.getState().select(id);
    renderApp({ dataset, ui: <ClusterDetail ownFacts={(c) => <OwnFactsSection cluster={c} />} /> });
    const detail = screen.getByRole('dialog', { name: NAME });
    await user.click(within(detail).getByRole('button', { name: 'Correct Website' }));
    const website = within(detail).getByRole('textbox', { name: 'Website' });
    await user.clear(website);
    await user.type(website, 'ftp://wrong.example');
    await user.click(within(detail).getByRole('button', { name: 'Save' }));
    expect(within(detail).getByRole('alert')).toHaveTextContent(
      'Give a web address starting with http:// or https://.',
    );
    await user.clear(website);
    await user.type(website, 'https://new.aeroclusterqro.example/');
    await user.type(within(detail).getByRole('textbox', { name: 'Note (optional)' }), 'From their stand');
    await user.click(within(detail).getByRole('button', { name: 'Save' }));

    const row = detail.querySelector('[data-own-field="website"]') as HTMLElement;
    expect(within(row).getByText(/^Sources:/).parentElement).toHaveTextContent(
      'Sources: https://aeroclusterqro.example',
    );
    const yours = within(row).getByText(/^Yours:/).parentElement!;
    expect(yours).toHaveTextContent('https://new.aeroclusterqro.example/');
    expect(yours).toHaveTextContent(/corrected by you, \d+ \w+ \d{4} \(note: From their stand\)/);
    expect(within(detail).getByRole('link', { name: /new\.aeroclusterqro/ })).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Revert Website to the sources' }));
    expect(within(row).queryByText(/^Yours:/)).not.toBeInTheDocument();
    expect(within(detail).queryByRole('link', { name: /new\.aeroclusterqro/ })).not.toBeInTheDocument();
    expect(useOwnFactsStore.getState().replica.corrections).toEqual([]);
  });
});

describe('Add an organisation', () => {
  it('names each bad value under its field and saves nothing until they are fixed', async () => {
    const user = userEvent.setup();
    let closed = false;
    renderApp({ dataset, ui: <AddOrganisationDialog onClose={() => (closed = true)} /> });
    const dialog = screen.getByRole('dialog', { name: 'Add an organisation' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Website' }), 'www.example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Add to Contact persons' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'E-mail' }), 'ana@');
    await user.click(within(dialog).getByRole('button', { name: 'Add organisation' }));
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('This cannot be empty.');
    expect(within(dialog).getByRole('textbox', { name: 'Website' })).toHaveAccessibleDescription(
      'Starts with http:// or https://. Give a web address starting with http:// or https://.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(
      'This is not an e-mail address (name@example.org).',
    );
    expect(within(dialog).getByRole('textbox', { name: 'First name' })).toHaveAccessibleDescription(
      "Give the contact's first or last name.",
    );
    expect(useOwnFactsStore.getState().replica.organisations).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Clúster Nuevo');
    const site = within(dialog).getByRole('textbox', { name: 'Website' });
    await user.clear(site);
    await user.type(site, 'https://www.example.org');
    await user.type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Ana');
    await user.type(within(dialog).getByRole('textbox', { name: 'E-mail' }), 'example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Add organisation' }));
    const [org] = useOwnFactsStore.getState().replica.organisations;
    expect(org.values.name.value).toBe('Clúster Nuevo');
    expect(org.values.contacts?.value).toEqual([
      { firstName: 'Ana', lastName: '', email: 'ana@example.org', phone: null, role: null },
    ]);
    expect(useAppStore.getState().selectedId).toBe(org.id);
    expect(closed).toBe(true);
  });
});
