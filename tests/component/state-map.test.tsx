import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '@/app/language';
import { parseDataset } from '@/data/parse-dataset';
import { EMPTY_FILTERS } from '@/domain/profile';
import { StateMapView } from '@/features/map/state-map-view';
import { STATE_SHAPES_URL, loadStateShapes } from '@/features/map/state-shapes';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { useAppStore } from '@/stores/app-store';
import { readPublicDataset } from '../fixtures/public-data';
import { renderApp } from './render-app';

const dataset = parseDataset(readPublicDataset());

function renderMap() {
  renderApp({
    dataset,
    ui: (
      <Suspense fallback={<p>loading</p>}>
        <StateMapView />
        <MatchesPanel />
      </Suspense>
    ),
  });
}

const stateMap = () =>
  screen.findByRole('group', { name: /Mexico's 32 states by strength in aerospace/ }, { timeout: 5000 });
const stateButton = async (name: string) =>
  within(await stateMap()).getByRole('button', { name: new RegExp(`^${name}: `) });
const listedStates = () =>
  within(screen.getByRole('list', { name: 'Matches' }))
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.getAttribute('aria-label') === 'Matches')
    .map((li) => li.textContent ?? '');

// The outlines are fetched as data (the network boundary is stubbed to serve the real file) once
// up front, so each test renders them at once.
beforeAll(async () => {
  const body = readFileSync(join(process.cwd(), 'public', 'geo', 'mexico-states.json'), 'utf8');
  const fetchMock = vi.fn(async () => new Response(body, { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  await loadStateShapes();
  expect(fetchMock).toHaveBeenCalledWith(STATE_SHAPES_URL);
});
beforeEach(() => {
  useAppStore.getState().setProfile({ asOf: '2026-01-01', sectors: ['aerospace'] });
  useAppStore.getState().setFilters(EMPTY_FILTERS);
});
afterEach(async () => {
  await switchLanguage('en');
});

describe('StateMapView', () => {
  it('draws the 32 states as named buttons, with a text table of every state', async () => {
    renderMap();
    const shapes = within(await stateMap()).getAllByRole('button');
    expect(shapes).toHaveLength(32);
    for (const shape of shapes) expect(shape.getAttribute('aria-label')).toMatch(/^[^:]+: \S/);
    const table = screen.getByRole('table', { name: /32 states/ });
    expect(within(table).getAllByRole('row')).toHaveLength(33);
  });

  it('a click on a state filters the list by it; a second click shows all states again', async () => {
    renderMap();
    const user = userEvent.setup();
    await user.click(await stateButton('Chihuahua'));
    expect(useAppStore.getState().filters.states).toEqual(['CHH']);
    expect(await stateButton('Chihuahua')).toHaveAttribute('aria-pressed', 'true');
    const shown = listedStates();
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toContain('Chihuahua');
    expect(screen.getByText('List shows only: Chihuahua')).toBeInTheDocument();
    await user.click(await stateButton('Chihuahua'));
    expect(useAppStore.getState().filters.states).toEqual([]);
  });

  it('is one Tab stop: arrows move between states by name, Enter and Space filter', async () => {
    renderMap();
    const user = userEvent.setup();
    const shapes = within(await stateMap()).getAllByRole('button');
    expect(shapes.filter((s) => s.tabIndex === 0)).toHaveLength(1);
    (await stateButton('Aguascalientes')).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(await stateButton('Baja California'));
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().filters.states).toEqual(['BCN']);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(await stateButton('Zacatecas'));
    await user.keyboard(' ');
    expect(useAppStore.getState().filters.states).toEqual(['ZAC']);
    // What the focused state's strength rests on is spelled out under the map.
    expect(
      screen.getByText(/^Zacatecas: (strong|fair|modest) in aerospace|^Zacatecas: nothing on aerospace/),
    ).toBeVisible();
  });

  it('speaks Spanish after a switch', async () => {
    await switchLanguage('es');
    renderMap();
    const map = await screen.findByRole('group', { name: /Los 32 estados de México según su fortaleza en/ });
    expect(
      within(map)
        .getByRole('button', { name: /^Querétaro: / })
        .getAttribute('aria-label'),
    ).toMatch(/^Querétaro: (fuerte|presencia media|presencia modesta) en /);
    expect(screen.getByText('Los estados en una tabla')).toBeInTheDocument();
  });
});
