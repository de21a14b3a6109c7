// Issue 7 "Bad input": invalid records are skipped and listed, a garbage link is explained quietly,
// and in both cases the rest of the app keeps working. Fetch is the only thing stubbed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { renderApp } from './render-app';
import { tableRows } from './table-rows';

vi.mock('@/features/map/map-panel', () => ({ MapPanel: () => <div>map stub</div> }));

const VALID_NAMES = [
  'Monterrey Aerocluster',
  'Aeroclúster de Querétaro',
  'Clúster Aeroespacial de Sonora',
  'IJALTI',
  'Clúster TIC Dos',
  'Clúster TIC Tres',
];

/** The widened fixture with two broken clusters appended at known indexes (6 and 7). */
function filesWithTwoBadClusters() {
  const files = matchesRawFixture();
  const clusters = files['clusters.json'] as Array<Record<string, unknown>>;
  const template = clusters[clusters.length - 1];
  const badState = { ...template, id: 'bad-state', name: 'Clúster Estado Inválido', state: 'XX' };
  const noName: Record<string, unknown> = { ...template, id: 'no-name' };
  delete noName.name;
  return { ...files, 'clusters.json': [...clusters, badState, noName] };
}

async function matchNames(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Matches' });
  await waitFor(() => expect(list.children.length).toBeGreaterThan(0));
  return Array.from(list.children)
    .filter((el) => el.tagName === 'LI')
    .map(
      (li) =>
        within(li as HTMLElement)
          .getAllByRole('button')[0]
          ?.textContent?.trim() ?? '',
    );
}

describe('bad records in a data file', () => {
  it('skips the invalid clusters, shows the valid ones and lists each problem in Data quality', async () => {
    renderApp({ files: filesWithTwoBadClusters() });

    const names = await matchNames();
    expect([...names].sort()).toEqual([...VALID_NAMES].sort());
    expect(names).not.toContain('Clúster Estado Inválido');
    expect(screen.getByRole('heading', { name: '6 matches' })).toBeInTheDocument();

    const summary = screen.getByText(/^Data quality:/);
    expect(summary).toHaveTextContent('2 problems in the dataset (2 records affected)');
    const details = summary.closest('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(summary);
    expect(details).toHaveAttribute('open');

    const table = within(details as HTMLElement).getByRole('table', { name: 'Data quality problems' });
    const rows = tableRows(table);
    expect(rows).toHaveLength(2);
    const [stateRow, nameRow] = [...rows].sort((a, b) => a[2].localeCompare(b[2]));
    expect(stateRow.slice(0, 3)).toEqual(['clusters.json', 'bad-state', '[6].state']);
    expect(stateRow[3]).toMatch(/\S/);
    expect(nameRow.slice(0, 3)).toEqual(['clusters.json', 'no-name', '[7].name']);
    expect(nameRow[3]).toMatch(/string/i);
  });

  it('shows no Data quality panel when every record is valid (the control case)', async () => {
    renderApp({ files: matchesRawFixture() });
    expect(await matchNames()).toHaveLength(VALID_NAMES.length);
    expect(screen.queryByText(/^Data quality:/)).not.toBeInTheDocument();
  });
});

describe('garbage in the link', () => {
  it('ignores the bad parameters with a quiet notice, keeps defaults for them and applies the valid ones', async () => {
    renderApp({ url: '/?s=not-a-sector&w=zz&foo=bar&q=&i=supply-chain&fe=1', files: matchesRawFixture() });

    // The valid ECCP filter is applied: only the one ECCP member is left.
    await waitFor(async () => expect(await matchNames()).toEqual(['Aeroclúster de Querétaro']));
    const notice = await waitFor(() => {
      const found = screen.getAllByRole('status').find((el) => /link were ignored/.test(el.textContent ?? ''));
      expect(found).toBeDefined();
      return found as HTMLElement;
    });
    expect(notice).toHaveTextContent('Unknown sector "not-a-sector" was ignored');
    expect(notice).toHaveTextContent('Weights "zz" were ignored');
    expect(notice).toHaveTextContent('Unknown link parameter "foo" was ignored');
    expect(notice).not.toHaveTextContent(/supply-chain|"fe"|"q"/);

    const profile = screen.getByRole('region', { name: 'Profile' });
    const sectors = within(profile).getByRole('group', { name: 'Sector' });
    for (const box of within(sectors).getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(within(profile).getByRole('combobox', { name: 'Weight preset' })).toHaveDisplayValue('Balanced');
    expect(within(profile).getByRole('searchbox', { name: 'Search clusters' })).toHaveValue('');
    const interests = within(profile).getByRole('group', { name: 'Target interests' });
    expect(within(interests).getByRole('checkbox', { name: 'Supply chain' })).toBeChecked();
    expect(within(profile).getByRole('checkbox', { name: 'ECCP members only' })).toBeChecked();

    // The address bar is rewritten to what was understood: no garbage left in it.
    await waitFor(() => expect(window.location.search).toMatch(/fe=1/));
    expect(window.location.search).toMatch(/i=supply-chain/);
    expect(window.location.search).not.toMatch(/foo|not-a-sector|zz/);

    await userEvent.click(within(notice).getByRole('button', { name: /^Dismiss notice: Some parts of the link/ }));
    expect(screen.queryByText(/link were ignored/)).not.toBeInTheDocument();
  });

  it('shows no notice for a clean link (the control case)', async () => {
    renderApp({ url: '/?i=supply-chain', files: matchesRawFixture() });
    expect(await matchNames()).toHaveLength(VALID_NAMES.length);
    expect(screen.queryByText(/link were ignored/)).not.toBeInTheDocument();
  });
});
