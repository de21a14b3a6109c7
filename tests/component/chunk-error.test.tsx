import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from '@/components/error-boundary';

function Throws({ error }: { error: Error }): never {
  throw error;
}

function renderFailing(error: Error) {
  // React reports every caught render error; the boundary's fallback is what is under test.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  render(
    <ErrorBoundary area="shortlist and meeting list">
      <Throws error={error} />
    </ErrorBoundary>,
  );
}

describe('a view whose code cannot be loaded', () => {
  it.each([
    [
      'Chromium',
      new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/meetings-view-x.js'),
    ],
    ['Firefox', new TypeError('error loading dynamically imported module: http://127.0.0.1/assets/meetings-view-x.js')],
    ['Safari', new TypeError('Importing a module script failed.')],
    ['Vite preload', new Error('Unable to preload CSS for /assets/meetings-view-x.css')],
  ])('offers a reload, not "Try again" (%s)', (_, error) => {
    renderFailing(error);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This part of the app could not be loaded');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('other errors keep the area message and "Try again"', () => {
    renderFailing(new Error('boom'));
    expect(screen.getByRole('alert')).toHaveTextContent('The shortlist and meeting list could not be shown');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
