// Presentation mode in Spanish: the slide's words, the pills, the key hints, and the lang mark on
// the cluster names (the sources' Spanish) only when the page is English.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PresentationMode } from '@/features/presentation/presentation-mode';
import { useAppStore } from '@/stores/app-store';
import { shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';
import { inSpanish, switchToSpanish } from './spanish';

const dialog = () => screen.getByRole('dialog', { name: 'Presentación' });

beforeEach(() => {
  // These tests read the whole list; with a sector chosen the default lists only clusters with
  // sector fit (tests/component/relevance-line.test.tsx).
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ sectors: ['aerospace'] });
  useAppStore.getState().setPresenting(true);
  Object.defineProperty(document.documentElement, 'requestFullscreen', {
    configurable: true,
    value: vi.fn(() => Promise.reject(new Error('denied'))),
  });
});

inSpanish({ fromStart: false });

describe('PresentationMode in Spanish', () => {
  it('words the slide, the pills and the footer in Spanish, to the last match', async () => {
    const user = userEvent.setup();
    await switchToSpanish();
    renderApp({ dataset: shortlistParsed(), ui: <PresentationMode /> });
    const slides = dialog();
    expect(within(slides).getByText('Plan de socios en México')).toBeInTheDocument();
    expect(within(slides).getByText('Siguiente: Mapa general')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(slides).getByRole('heading', { level: 2 })).toHaveTextContent(/^Dónde es fuerte México en /);
    await user.keyboard('{ArrowRight}');
    expect(within(slides).getByText(/^Lugar 1$/)).toBeInTheDocument();
    expect(within(slides).getByText(/^Puntuación \d+(\.\d)? \/ 100$/)).toBeInTheDocument();
    expect(within(slides).getByRole('list', { name: 'Puntuación por criterio' })).toBeInTheDocument();
    expect(within(slides).getByText(/^Siguiente: /)).toBeInTheDocument();
    expect(within(slides).getByText('→ siguiente · ← anterior · Esc salir')).toBeInTheDocument();
    expect(within(slides).getByRole('button', { name: 'Salir de la presentación' })).toBeInTheDocument();
    expect(within(slides).getByRole('heading', { level: 2 })).not.toHaveAttribute('lang');

    const pills: string[] = [];
    for (let i = 0; i < 4; i++) {
      pills.push(
        ...within(slides)
          .getAllByText(/ECCP/)
          .map((el) => el.textContent ?? ''),
      );
      if (i < 3) await user.keyboard('{ArrowRight}');
    }
    expect(pills).toContain('Miembro de la ECCP');
    expect(pills).toContain('No figura en la ECCP');
    expect(within(slides).getByText('Última coincidencia')).toBeInTheDocument();
    expect(within(slides).getByText('4 / 4')).toBeInTheDocument();
  });

  it('names a missing state in Spanish', async () => {
    const user = userEvent.setup();
    await switchToSpanish();
    renderApp({ dataset: shortlistParsed(), ui: <PresentationMode /> });
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const states: string[] = [];
    for (let i = 0; i < 4; i++) {
      states.push(within(dialog()).getByRole('heading', { level: 2 }).nextElementSibling?.textContent ?? '');
      await user.keyboard('{ArrowRight}');
    }
    expect(states).toContain('Estado: no consta en las fuentes');
  });

  it('explains an empty ranking in Spanish', async () => {
    await switchToSpanish();
    useAppStore.getState().setFilters({ query: 'ningún clúster así' });
    renderApp({ dataset: shortlistParsed(), ui: <PresentationMode /> });
    expect(within(dialog()).getByText(/^No hay coincidencias que presentar\./)).toBeInTheDocument();
  });

  it('switches language while presenting; on an English page the cluster name is marked Spanish', async () => {
    renderApp({ dataset: shortlistParsed(), ui: <PresentationMode /> });
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const english = screen.getByRole('dialog', { name: 'Presentation' });
    expect(within(english).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'es');
    expect(within(english).getByText(/^Rank 1$/)).toBeInTheDocument();
    await act(switchToSpanish);
    expect(within(dialog()).getByText(/^Lugar 1$/)).toBeInTheDocument();
    expect(within(dialog()).getByText(/^(Miembro de la|No figura en la) ECCP$/)).toBeInTheDocument();
  });
});
