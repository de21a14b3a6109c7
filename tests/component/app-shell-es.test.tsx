// The shell in Spanish: header, share popover, link notices and the dataset error panel.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '@/stores/app-store';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { rawFixture } from '../fixtures/raw-files';
import { IDS, shortlistRaw } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';
import { inSpanish } from './spanish';

vi.mock('@/features/map/map-panel', () => ({ MapPanel: () => <div>map stub</div> }));

const TITLE = 'Rueda de negocios de clústeres UE–México';

inSpanish();

describe('the shell in Spanish', () => {
  it('names the app, the views, the dataset and Present in Spanish; the page title follows', async () => {
    const { toggleShortlisted } = useAppStore.getState();
    toggleShortlisted(IDS.monterrey);
    toggleShortlisted(IDS.queretaro);
    renderApp({ files: shortlistRaw() });
    expect(screen.getByRole('status')).toHaveTextContent('Cargando los datos de los clústeres…');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(TITLE);

    const views = await screen.findByRole('navigation', { name: 'Vistas' });
    expect(within(views).getByRole('button', { name: 'Panel' })).toHaveAttribute('aria-current', 'page');
    expect(within(views).getByRole('button', { name: 'Preselección y reuniones (2)' })).toBeInTheDocument();
    // Which years the sources are from and when the set was compiled, never a version that reads as current.
    // The line is in parts (it wraps only between them): found by its title, its whole text checked.
    const line = screen.getByTitle(/^4 organizaciones clúster mexicanas/);
    expect(line.textContent).toBe('4 clústeres mexicanos · fuentes de 2019 · compilados el 23 de noviembre de 2026');
    expect(line).toHaveAttribute(
      'title',
      '4 organizaciones clúster mexicanas, según informes de la ECCP publicados en 2019; versión de los datos test, ' +
        'compilada el 23 de noviembre de 2026. Cada dato vale a la fecha de su informe, no a hoy.',
    );
    expect(screen.getByRole('button', { name: 'Presentar' })).toBeInTheDocument();
    for (const name of ['Perfil', 'Coincidencias', 'Mapa de coincidencias', 'Gráficas'])
      expect(await screen.findByRole('region', { name })).toBeInTheDocument();
    // The policies share the pane under the map with the charts, one tab at a time.
    await userEvent.click(screen.getByRole('tab', { name: 'Políticas' }));
    expect(await screen.findByRole('region', { name: 'Políticas relevantes' })).toBeInTheDocument();
    expect(document.title).toBe(TITLE);
  });

  it('the share popover says what the link reopens, with the number of shortlisted clusters', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { toggleShortlisted } = useAppStore.getState();
    toggleShortlisted(IDS.monterrey);
    toggleShortlisted(IDS.queretaro);
    renderApp({ files: shortlistRaw() });

    await user.click(await screen.findByRole('button', { name: 'Compartir enlace' }));
    const popover = screen.getByRole('dialog', { name: 'Compartir esta vista' });
    expect(within(popover).getByRole('status')).toHaveTextContent(
      'Enlace copiado. Abre de nuevo este perfil, con sus ponderaciones y filtros, y la preselección de 2 clústeres.',
    );
    const field = within(popover).getByRole('textbox', { name: 'Enlace para compartir' });
    expect((field as HTMLInputElement).value).toMatch(/[?&]sl=.*&lang=es$/);
    await user.click(within(popover).getByRole('button', { name: 'Cerrar' }));
    expect(screen.queryByRole('dialog', { name: 'Compartir esta vista' })).not.toBeInTheDocument();

    // One cluster: the singular.
    act(() => useAppStore.getState().toggleShortlisted(IDS.queretaro));
    await user.click(screen.getByRole('button', { name: 'Compartir enlace' }));
    expect(within(screen.getByRole('dialog')).getByRole('status')).toHaveTextContent('y la preselección de 1 clúster.');
  });

  it('a shared link opens its shortlist with a Spanish notice, and its lang is not reported as unknown', async () => {
    renderApp({ url: `/?sl=${IDS.monterrey},${IDS.queretaro}&lang=es`, files: shortlistRaw() });
    expect(await screen.findByText('Se abrió una lista de preselección compartida con 2 clústeres.')).toBeVisible();
    expect(screen.queryByText(/Se ignoraron|ignored/)).not.toBeInTheDocument();
    const state = useAppStore.getState();
    expect(state.shortlists.find((l) => l.id === state.activeShortlistId)?.name).toBe('Preselección compartida');
    // The address bar keeps the language, so a copied address opens in it too.
    await waitFor(() => expect(window.location.search).toMatch(/[?&]lang=es$/));
  });

  it('the dataset error panel names the broken file in Spanish and offers Reintentar', async () => {
    renderApp({ files: { ...rawFixture(), 'clusters.json': '{ not json' } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent('No se pudieron cargar los datos');
    expect(alert).toHaveTextContent('El archivo clusters.json tiene un problema.');
    expect(within(alert).getByText('clusters.json', { selector: 'code' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Reintentar' })).toBeEnabled();
  });

  it('Data quality counts problems and records in Spanish; a notice is dismissed in Spanish', async () => {
    const user = userEvent.setup();
    const files = matchesRawFixture();
    const clusters = files['clusters.json'] as Array<Record<string, unknown>>;
    const broken = { ...clusters[clusters.length - 1], id: 'bad-state', state: 'XX' };
    renderApp({ url: '/?zz=1', files: { ...files, 'clusters.json': [...clusters, broken] } });

    const summary = await screen.findByText(/^Calidad de los datos:/);
    expect(summary).toHaveTextContent(
      'Calidad de los datos: 1 problema en el conjunto de datos (1 registro afectado); el resto de los datos sí se muestra',
    );
    await user.click(summary);
    const table = screen.getByRole('table', { name: 'Problemas de calidad de los datos' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Archivo', 'Registro', 'Campo', 'Problema']);

    const dismiss = await screen.findByRole('button', {
      name: /^Descartar aviso: Se ignoraron algunas partes del enlace/,
    });
    expect(dismiss).toHaveTextContent('Descartar');
    await user.click(dismiss);
    expect(screen.queryByText(/Se ignoraron/)).not.toBeInTheDocument();
  });
});
