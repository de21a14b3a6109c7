// The shared Panel: a named region that loads and fails on its own.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/panel';

function Broken(): never {
  throw new Error('bad data in the panel');
}

describe('Panel', () => {
  it('is a region named by its label', () => {
    render(
      <Panel label="Map of matches" className="p-3">
        <p>content</p>
      </Panel>,
    );
    expect(screen.getByRole('region', { name: 'Map of matches' })).toHaveTextContent('content');
  });

  it('keeps an error inside the panel, named by its area, while the panel beside it keeps working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Policies() {
      if (broken) throw new Error('bad data in the panel');
      return <p>policy list</p>;
    }
    render(
      <>
        <Panel label="Relevant policies" area="policies">
          <Policies />
        </Panel>
        <Panel label="Charts">
          <Broken />
        </Panel>
        <Panel label="Matches">
          <p>ranked list</p>
        </Panel>
      </>,
    );
    const policies = screen.getByRole('region', { name: 'Relevant policies' });
    expect(policies).toHaveTextContent('The policies could not be shown');
    expect(policies).toHaveTextContent('bad data in the panel');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[policies]'), expect.anything());
    // Without an area, the message names the label in lower case.
    expect(screen.getByRole('region', { name: 'Charts' })).toHaveTextContent('The charts could not be shown');
    expect(screen.getByRole('region', { name: 'Matches' })).toHaveTextContent('ranked list');

    broken = false;
    await userEvent.setup().click(within(policies).getByRole('button', { name: 'Try again' }));
    expect(policies).toHaveTextContent('policy list');
  });

  it('shows what is loading while lazy content arrives', async () => {
    let resolve: (value: { default: () => ReactElement }) => void = () => undefined;
    const Late = lazy(() => new Promise<{ default: () => ReactElement }>((r) => (resolve = r)));
    render(
      <Panel label="Map of matches" loading="the map">
        <Late />
      </Panel>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the map…');
    resolve({ default: () => <p>the map itself</p> });
    expect(await screen.findByText('the map itself')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
