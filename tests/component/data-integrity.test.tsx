// Issue 14, item 9: integrity gaps are reported, not hidden. A cluster whose state states.json does
// not have shows its code marked as unknown, and a name too long to be real gets a Data quality row.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rawFixture } from '../fixtures/raw-files';
import { rawCluster } from '../fixtures/raw-records';
import { readDataFile } from '../fixtures/public-data';
import { renderApp } from './render-app';
import { tableRows } from './table-rows';

vi.mock('@/features/map/map-panel', () => ({ MapPanel: () => <div>map stub</div> }));

const LONG_NAME = 'X'.repeat(50_000);

function filesWithGaps() {
  const files = rawFixture();
  const clusters = files['clusters.json'];
  return {
    ...files,
    'clusters.json': [
      ...clusters,
      rawCluster('zacatecas-mining', 'Clúster Minero de Zacatecas', { state: 'ZAC' }),
      rawCluster('long-name', LONG_NAME, { state: 'NLE' }),
    ],
  };
}

async function qualityRows(): Promise<string[][]> {
  await userEvent.click(await screen.findByText(/^Data quality:/));
  const table = screen.getByRole('table', { name: 'Data quality problems' });
  return tableRows(table);
}

afterEach(() => vi.unstubAllGlobals());

describe('integrity gaps in the dataset', () => {
  it('a state missing from states.json: a Data quality row, and the code shown marked as unknown', async () => {
    renderApp({ files: filesWithGaps() });
    const list = await screen.findByRole('list', { name: 'Matches' });
    const item = await within(list).findByText('Clúster Minero de Zacatecas');
    const row = item.closest('li') as HTMLElement;
    expect(row).toHaveTextContent('ZAC (unknown state)');

    const rows = await qualityRows();
    expect(rows).toContainEqual([
      'clusters.json',
      'zacatecas-mining',
      '[1].state',
      'state "ZAC" is not in states.json; shown as an unknown state',
    ]);
  });

  it('a 50,000-character name: kept and shown, with a Data quality row that says how long it is', async () => {
    renderApp({ files: filesWithGaps() });
    const list = await screen.findByRole('list', { name: 'Matches' });
    await waitFor(() => expect(within(list).getByText(LONG_NAME)).toBeInTheDocument());
    const rows = await qualityRows();
    expect(rows).toContainEqual([
      'clusters.json',
      'long-name',
      '[2].name',
      'is 50,000 characters long; names over 300 characters are probably a data error',
    ]);
    expect(rows).toHaveLength(2);
  });

  // context.json is loaded after the first render: its problems join the panel when it arrives.
  it('a context figure naming a sector sectors.json lacks: its row joins those of the first screen files', async () => {
    const figure = (readDataFile('context.json') as Array<Record<string, unknown>>)[0];
    renderApp({ files: { ...filesWithGaps(), 'context.json': [{ ...figure, sector: 'no-such-sector' }] } });
    await screen.findByRole('list', { name: 'Matches' });
    await waitFor(() => expect(screen.getByText(/^Data quality: 3 problems/)).toBeInTheDocument());
    const rows = await qualityRows();
    expect(rows).toContainEqual(['context.json', String(figure?.id), '[0].sector', 'unknown sector "no-such-sector"']);
    expect(rows).toHaveLength(3);
  });

  it('reports nothing for the same clusters with their state known and a real name (the control case)', async () => {
    const files = rawFixture();
    const clusters = files['clusters.json'];
    renderApp({
      files: {
        ...files,
        'clusters.json': [...clusters, rawCluster('nle-two', 'Clúster Dos de Nuevo León', { state: 'NLE' })],
      },
    });
    const list = await screen.findByRole('list', { name: 'Matches' });
    const item = await within(list).findByText('Clúster Dos de Nuevo León');
    expect(item.closest('li')).toHaveTextContent('Nuevo León');
    expect(screen.queryByText(/^Data quality:/)).not.toBeInTheDocument();
  });
});
