// The address bar follows the view, but not inside the change that caused it (a sector click
// answers first): the write waits for idle time, 300 ms at the latest.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UrlSync } from '@/app/url-sync';
import { parseDataset } from '@/data/parse-dataset';
import { useAppStore } from '@/stores/app-store';
import { rawFixture } from '../fixtures/raw-files';
import { renderApp } from './render-app';

const sectorsParam = () => new URLSearchParams(window.location.search).get('s');

async function openAt(url: string) {
  renderApp({ dataset: parseDataset(rawFixture()), url, ui: <UrlSync>ready</UrlSync> });
  await screen.findByText('ready');
  await waitFor(() => expect(sectorsParam()).toBe('aerospace'));
}

afterEach(() => vi.useRealTimers());

describe('UrlSync', () => {
  it('writes a change once the click is over, not inside it', async () => {
    await openAt('/?s=aerospace');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace', 'ict'] }));
    act(() => useAppStore.getState().setProfile({ sectors: ['ict'] }));
    expect(replace).not.toHaveBeenCalled();
    expect(sectorsParam()).toBe('aerospace');
    // Two changes in a row: one write, with the last state.
    await waitFor(() => expect(sectorsParam()).toBe('ict'));
    expect(replace).toHaveBeenCalledTimes(1);
    replace.mockRestore();
  });

  it('writes within 300 ms even when the browser is never idle', async () => {
    await openAt('/?s=aerospace');
    vi.useFakeTimers();
    act(() => useAppStore.getState().setProfile({ sectors: ['ict'] }));
    expect(sectorsParam()).toBe('aerospace');
    act(() => vi.advanceTimersByTime(300));
    expect(sectorsParam()).toBe('ict');
  });
});
