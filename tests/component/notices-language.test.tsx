// A notice is worded when it is shown: one raised while English was active (saved data checked while
// the store loads, before the user's language is ready) reads in Spanish once Spanish is active,
// and follows every later switch.
import { act, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { Notices } from '@/features/notices/notices';
import { activateLocale } from '@/i18n/i18n';
import { useAppStore } from '@/stores/app-store';
import { STORE_KEY } from '@/stores/saved-shortlists';
import { shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

afterEach(async () => {
  await activateLocale('en');
  localStorage.clear();
});

it('words a saved-data notice raised in English in the language active when it is read', async () => {
  localStorage.setItem(STORE_KEY, '{ not json');
  useAppStore.setState(useAppStore.getInitialState());
  await useAppStore.persist.rehydrate();
  await new Promise((r) => queueMicrotask(() => r(null)));
  const [notice] = useAppStore.getState().notices;
  expect(notice?.message()).toMatch(/^Your saved shortlists were corrupt/);

  await activateLocale('es');
  renderApp({ dataset: shortlistParsed(), ui: <Notices /> });
  const spanish = notice?.message() ?? '';
  expect(spanish).not.toBe('');
  expect(screen.getByText(spanish)).toBeInTheDocument();
  expect(spanish).toMatch(/^Tus listas de preselección guardadas estaban dañadas.*se apartaron/);

  await act(() => activateLocale('en'));
  expect(screen.getByText(/^Your saved shortlists were corrupt/)).toBeInTheDocument();
});
