import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rawFixture } from '../fixtures/raw-files';
import { renderApp } from './render-app';

vi.mock('@/features/map/map-panel', () => ({ MapPanel: () => <div>map stub</div> }));

describe('app shell', () => {
  it('shows a loading state, then the dashboard regions', async () => {
    renderApp({ files: rawFixture() });
    expect(screen.getByRole('status')).toHaveTextContent(/loading the cluster dataset/i);
    for (const name of ['Matches', 'Map of matches', 'Charts']) {
      expect(await screen.findByRole('region', { name })).toBeInTheDocument();
    }
    // The policies share the pane under the map with the charts, one tab at a time.
    await userEvent.click(screen.getByRole('tab', { name: 'Policies' }));
    expect(await screen.findByRole('region', { name: 'Relevant policies' })).toBeInTheDocument();
    expect(screen.queryByText(/loading the cluster dataset/i)).not.toBeInTheDocument();
  });

  it('names the malformed file and its first problem, and Retry refetches', async () => {
    const files = { ...rawFixture(), 'clusters.json': '{ not json' };
    const { fetchMock } = renderApp({ files });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('clusters.json');
    expect(alert).toHaveTextContent(/not valid JSON/);
    const callsBefore = fetchMock.mock.calls.length;

    files['clusters.json'] = rawFixture()['clusters.json'] as never;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Matches' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.length).toBeGreaterThan(callsBefore);
  });

  it('reports a file whose shape is wrong with its JSON path', async () => {
    renderApp({ files: { ...rawFixture(), 'meta.json': { version: 1 } } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('meta.json');
    expect(alert).toHaveTextContent('version');
  });

  it('reports a missing file', async () => {
    const files = rawFixture() as Record<string, unknown>;
    delete files['states.json'];
    renderApp({ files });
    expect(await screen.findByRole('alert')).toHaveTextContent(/states\.json[\s\S]*HTTP 404/);
  });
});
