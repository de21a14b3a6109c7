import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { activateLocale } from '@/i18n/i18n';

// The app starts in English unless a test switches (as main.tsx does before the first render).
await activateLocale('en');

afterEach(() => {
  cleanup();
});
