// The language travels in the address bar and the share link (lang=es; English, the default, is
// left out), and an unknown lang value is reported once, by startLanguage, not by the link decoder.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLanguage } from '@/app/language';
import { activateLocale } from '@/i18n/i18n';
import { useAppStore } from '@/stores/app-store';
import { rawFixture } from '../fixtures/raw-files';
import { renderApp } from './render-app';

vi.mock('@/features/map/map-panel', () => ({ MapPanel: () => <div>map stub</div> }));

const langParam = () => new URLSearchParams(window.location.search).get('lang');
const noticeTexts = () => useAppStore.getState().notices.map((n) => n.message());

/** As main.tsx does: the language from the address is chosen before the first render. */
async function openAt(url: string) {
  window.history.replaceState(null, '', url);
  await startLanguage();
  const view = renderApp({ files: rawFixture() });
  await screen.findAllByRole('region');
  return view;
}

afterEach(async () => {
  // Unmounted first, so switching back to English re-renders nothing outside act().
  cleanup();
  await activateLocale('en');
  document.documentElement.lang = 'en';
});

describe('language in the URL and the share link', () => {
  it('opens ?lang=es in Spanish, keeps lang=es in the address bar and reports nothing', async () => {
    await openAt('/?lang=es&s=aerospace');
    expect(useAppStore.getState().language).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    await waitFor(() => expect(window.location.search).toMatch(/[?&]s=aerospace/));
    expect(langParam()).toBe('es');
    expect(noticeTexts()).toEqual([]);
  });

  it('follows a switch in the header both ways, and the share link carries lang=es', async () => {
    await openAt('/?s=aerospace');
    await waitFor(() => expect(window.location.search).toMatch(/s=aerospace/));
    expect(langParam()).toBeNull();

    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    await waitFor(() => expect(langParam()).toBe('es'));
    expect(document.documentElement.lang).toBe('es');
    expect(window.location.search).toMatch(/s=aerospace/);

    // The share button's own wording is translated elsewhere; it is the only header button with a popup field.
    const header = screen.getByRole('banner');
    const share = [...header.querySelectorAll('button')].find((b) => /share|compartir/i.test(b.textContent ?? ''));
    if (!share) throw new Error('share button not found');
    await user.click(share);
    const link = new URL((await screen.findByRole('textbox')).getAttribute('value') ?? '');
    expect(link.searchParams.get('lang')).toBe('es');
    expect(link.searchParams.get('s')).toBe('aerospace');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'en');
    await waitFor(() => expect(langParam()).toBeNull());
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.search).toMatch(/s=aerospace/);
    expect(noticeTexts()).toEqual([]);
  });

  it('reports an unknown lang value once, falls back and drops it from the address bar', async () => {
    await openAt('/?lang=xx&s=aerospace');
    expect(useAppStore.getState().language).toBe('en');
    await waitFor(() => expect(window.location.search).toMatch(/s=aerospace/));
    expect(langParam()).toBeNull();
    expect(noticeTexts()).toEqual(['Unknown language "xx" in the link; showing English.']);
  });
});
