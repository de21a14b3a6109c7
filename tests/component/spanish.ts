// Tests that read the app in Spanish: the catalog and the store's language switch together, as
// src/app/language.ts does, and every test ends back in English for the files after it.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { activateLocale } from '@/i18n/i18n';
import { useAppStore } from '@/stores/app-store';

export async function switchToSpanish(): Promise<void> {
  await activateLocale('es');
  useAppStore.getState().setLanguage('es');
}

/** Registers the hooks: Spanish from the start of each test unless `fromStart` is false. */
export function inSpanish({ fromStart = true } = {}): void {
  if (fromStart) beforeEach(switchToSpanish);
  afterEach(async () => {
    // Unmounted first, so switching back re-renders nothing outside the test.
    cleanup();
    await activateLocale('en');
  });
}
