// The dashboard views in Spanish: switched the way the header does it (catalog, store, <html lang>),
// so the memoised rows, markers and chart texts are seen to follow the switch, not only a first render.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '@/app/language';
import { parseDataset } from '@/data/parse-dataset';
import { ChartsPanel } from '@/features/charts/charts-panel';
import { ClusterDetail } from '@/features/cluster-detail/cluster-detail';
import { ComparePanel } from '@/features/compare/compare-panel';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { matchesHeading } from '@/features/matches/matches-model';
import { useAppStore } from '@/stores/app-store';
import { chartsPoliciesFixture } from '../fixtures/charts-policies-raw-files';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { renderApp } from './render-app';

const toSpanish = () => act(() => switchLanguage('es'));

function renderList() {
  return renderApp({
    dataset: parseDataset(matchesRawFixture()),
    ui: (
      <>
        <MatchesPanel />
        <ClusterDetail />
        <ComparePanel />
      </>
    ),
  });
}

async function openDetailInSpanish(name: string) {
  const user = userEvent.setup();
  renderList();
  await toSpanish();
  await user.click(screen.getByRole('button', { name }));
  return screen.getByRole('dialog', { name });
}

beforeEach(() => {
  // These tests read the whole list; with a sector chosen the default lists only clusters with
  // sector fit (tests/component/relevance-line.test.tsx).
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ sectors: ['aerospace'], asOf: '2026-11-23' });
});

afterEach(async () => {
  await switchLanguage('en');
});

describe('dashboard in Spanish', () => {
  it('words the matches list and its counts in Spanish after a switch', async () => {
    renderList();
    expect(screen.getByRole('heading', { name: '6 matches' })).toBeInTheDocument();
    await toSpanish();
    expect(document.documentElement.lang).toBe('es');
    expect(screen.getByRole('heading', { name: '6 coincidencias' })).toBeInTheDocument();
    expect(matchesHeading(1)).toBe('1 coincidencia');
    expect(matchesHeading(1200)).toBe('1,200 coincidencias');
    expect(screen.getByText('3 fuera del mapa')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Coincidencias' });
    expect(within(list).getByRole('button', { name: 'Agregar IJALTI a la preselección' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Comparar IJALTI' })).toBeInTheDocument();
    // A cluster name is the source's Spanish: marked only while the page is English.
    expect(within(list).getByText('IJALTI')).not.toHaveAttribute('lang');
    await act(() => switchLanguage('en'));
    expect(within(screen.getByRole('list', { name: 'Matches' })).getByText('IJALTI')).toHaveAttribute('lang', 'es');
  });

  it('says "no consta en las fuentes" for every gap in the detail', async () => {
    const dialog = await openDetailInSpanish('IJALTI');
    expect(within(dialog).getAllByText('no consta en las fuentes').length).toBeGreaterThanOrEqual(11);
    expect(within(dialog).getByRole('heading', { name: 'Datos' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Por qué esta puntuación' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('ninguna, por eso el clúster no aparece en el mapa');
    expect(within(dialog).getByRole('table', { name: 'Explicación de la puntuación por criterio' })).toHaveTextContent(
      'no se usa',
    );
    expect(within(dialog).getByText(/^Puntos no obtenidos:/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cerrar detalle' })).toBeInTheDocument();
  });

  it('shows the Spanish state name alone and the score line in Spanish', async () => {
    const dialog = await openDetailInSpanish('Aeroclúster de Querétaro');
    expect(dialog).toHaveTextContent('aproximada, a nivel de ciudad');
    expect(dialog).not.toHaveTextContent('(Queretaro)');
    expect(dialog).toHaveTextContent(/\d+(\.\d)? de 100, posición 1/);
    expect(within(dialog).getByRole('heading', { level: 2 })).not.toHaveAttribute('lang');
  });

  it('compares in Spanish', async () => {
    const user = userEvent.setup();
    renderList();
    await toSpanish();
    expect(screen.getByRole('heading', { name: 'Comparación (0 de 4)' })).toBeInTheDocument();
    expect(screen.getByText(/Usa «Comparar» en una coincidencia/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Comparar IJALTI' }));
    const table = screen.getByRole('table', { name: 'Comparación de clústeres' });
    expect(within(table).getByRole('rowheader', { name: 'Puntuación total' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Quitar IJALTI de la comparación' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Sello y validez' })).toBeInTheDocument();
  });

  it('gives the charts Spanish titles and text alternatives with numbers and dates', async () => {
    renderApp({ dataset: parseDataset(chartsPoliciesFixture()), ui: <ChartsPanel /> });
    expect(screen.getByRole('heading', { level: 2, name: 'Charts' })).toBeInTheDocument();
    // The charts mount one idle task at a time; the last one is there before the switch.
    await screen.findByRole('figure', { name: 'Sector context' }, { timeout: 5000 });
    await toSpanish();
    expect(screen.getByRole('heading', { level: 2, name: 'Gráficos' })).toBeInTheDocument();
    // Built before the switch, re-worded by it.
    const context = screen.getByRole('figure', { name: 'Contexto sectorial' });
    expect(within(context).getByText(/^2 cifras del sector \S+ según las fuentes\.$/)).toBeInTheDocument();
    expect(within(context).getAllByRole('listitem')[1]).toHaveTextContent('Año: no consta en las fuentes');
    const breakdown = screen.getByRole('figure', { name: 'Desglose de la puntuación de las mejores coincidencias' });
    expect(
      within(breakdown).getByText(/^Mejor coincidencia: Aerocluster Querétaro, [\d.]+\/100 — /),
    ).toBeInTheDocument();
    const labels = screen.getByRole('figure', { name: 'Sellos ESCA por nivel y validez' });
    expect(within(labels).getByRole('table', { hidden: true })).toHaveTextContent('Válido al 23 de noviembre de 2026');
    act(() => useAppStore.getState().setProfile({ sectors: [] }));
    // The charts take a change once the rest of the dashboard has committed it (useSameFrame).
    expect(
      await within(labels).findByText(
        '2 de 4 coincidencias tienen sello ESCA. Al 23 de noviembre de 2026: válidos, 1; vencidos, 1.',
      ),
    ).toBeInTheDocument();
    const states = screen.getByRole('figure', { name: 'Coincidencias y fortaleza por estado' });
    expect(
      await within(states).findByText(
        'Más coincidencias: Querétaro (2). Elige un sector para ver la fortaleza de cada estado. 1 cuyo estado no consta en las fuentes.',
      ),
    ).toBeInTheDocument();
  });
});
