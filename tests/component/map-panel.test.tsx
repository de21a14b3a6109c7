import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '@/app/language';
import { parseDataset } from '@/data/parse-dataset';
import { MapPanel } from '@/features/map/map-panel';
import { useAppStore } from '@/stores/app-store';
import { mapRawFixture } from '../fixtures/map-raw-files';
import { renderApp } from './render-app';

afterEach(async () => {
  await switchLanguage('en');
});

// Leaflet needs a real layout engine: the boundary is replaced by plain elements that expose the
// props our code decides (position, radius, style) and render tooltip and popup content inline.
const fakeMap = vi.hoisted(() => ({
  on: vi.fn(),
  off: vi.fn(),
  getZoom: vi.fn(() => 5),
  panTo: vi.fn(),
  fitBounds: vi.fn(),
  invalidateSize: vi.fn(),
  attributionControl: { setPrefix: vi.fn() },
  getContainer: vi.fn(() => document.createElement('div')),
  getBounds: vi.fn((): { pad: () => { contains: () => boolean } } => ({ pad: () => ({ contains: () => false }) })),
}));

interface Props {
  children?: ReactNode;
  ref?: unknown;
  name?: string;
  center?: unknown;
  radius?: number;
  pathOptions?: { color?: string; weight?: number };
  eventHandlers?: { click?: () => void; tileerror?: () => void };
  url?: string;
  attribution?: string;
}

vi.mock('react-leaflet', () => ({
  MapContainer: ({ children, ref }: Props) => {
    useEffect(() => {
      if (typeof ref === 'function') ref(fakeMap);
    }, [ref]);
    return <div data-testid="leaflet-map">{children}</div>;
  },
  GeoJSON: () => null,
  useMap: () => fakeMap,
  ZoomControl: ({ zoomInTitle, zoomOutTitle }: { zoomInTitle?: string; zoomOutTitle?: string }) => (
    <div data-testid="zoom" data-in={zoomInTitle} data-out={zoomOutTitle} />
  ),
  Pane: ({ children, name }: Props) => <div data-testid={`pane-${name ?? ''}`}>{children}</div>,
  CircleMarker: ({ children, radius, pathOptions, eventHandlers, center }: Props) => {
    return (
      <div
        data-testid="circle"
        data-radius={String(radius)}
        data-outline={pathOptions?.color}
        data-weight={String(pathOptions?.weight)}
        data-center={JSON.stringify(center)}
        onClick={() => eventHandlers?.click?.()}
      >
        {children}
      </div>
    );
  },
  Marker: ({ position, title, eventHandlers }: Props & { position?: unknown; title?: string }) => (
    <button
      type="button"
      data-testid="bubble"
      data-center={JSON.stringify(position)}
      onClick={() => eventHandlers?.click?.()}
    >
      {title}
    </button>
  ),
  Polyline: ({ positions }: Props & { positions?: unknown }) => (
    <div data-testid="leg" data-positions={JSON.stringify(positions)} />
  ),
  Tooltip: ({ children }: Props) => <div data-testid="tooltip">{children}</div>,
  Popup: ({ children }: Props) => <div data-testid="popup">{children}</div>,
  TileLayer: ({ url, attribution, eventHandlers }: Props) => {
    return (
      <div data-testid="tiles" data-url={url} data-attribution={attribution}>
        <button type="button" onClick={() => eventHandlers?.tileerror?.()}>
          simulate tile error
        </button>
      </div>
    );
  },
}));

function renderPanel() {
  return renderApp({ dataset: parseDataset(mapRawFixture()), ui: <MapPanel /> });
}

const markers = () => within(screen.getByTestId('pane-matches')).queryAllByTestId('circle');
const bubbles = () => within(screen.getByTestId('pane-state-bubbles')).queryAllByTestId('circle');
const markerOf = (name: string) => {
  const found = markers().find((m) => within(m).getByTestId('tooltip').textContent?.includes(name));
  if (!found) throw new Error(`no marker for ${name}`);
  return found;
};

beforeEach(() => {
  // These tests read the whole list; with a sector chosen the default lists only clusters with
  // sector fit (tests/component/relevance-line.test.tsx).
  useAppStore.getState().setIncludeOtherSectors(true);
  useAppStore.getState().setProfile({ asOf: '2026-01-01', sectors: ['aerospace'] });
  vi.clearAllMocks();
  // The last zoom: every marker drawn (bubbles have their own test).
  fakeMap.getZoom.mockReturnValue(12);
  fakeMap.getBounds.mockReturnValue({ pad: () => ({ contains: () => false }) });
});

describe('MapPanel', () => {
  it('draws one marker per placed match and counts the others as not on the map', () => {
    fakeMap.getZoom.mockReturnValue(12);
    renderPanel();
    expect(markers()).toHaveLength(5);
    expect(screen.getByText(/1 not on the map/)).toBeInTheDocument();
    expect(screen.getByText(/5 shown/)).toBeInTheDocument();
  });

  it('draws markers too close to tell apart as one bubble with their count, coloured by the best', () => {
    fakeMap.getZoom.mockReturnValue(5);
    renderPanel();
    // The three Monterrey clusters share a position: one bubble; Querétaro and the coast stay markers.
    expect(screen.getAllByTestId('bubble')).toHaveLength(1);
    expect(screen.getByTestId('bubble')).toHaveTextContent(
      /^3 clusters here, best score \d+\/100: zoom in to see them$/,
    );
    expect(markers()).toHaveLength(2);
    expect(screen.queryAllByTestId('leg')).toHaveLength(0);
  });

  it('spreads clusters that share a position at the last zoom, where no bubble would part them', () => {
    fakeMap.getZoom.mockReturnValue(12);
    renderPanel();
    const centres = markers().map((m) => m.dataset.center);
    expect(new Set(centres).size).toBe(centres.length);
    // The three Monterrey clusters are moved apart, each tied to the real position by a leg.
    const legs = screen.getAllByTestId('leg').map((l) => JSON.parse(l.dataset.positions ?? '[]') as number[][]);
    expect(legs).toHaveLength(3);
    expect(legs.map(([from]) => from.join(','))).toEqual(Array(3).fill('25.6866,-100.3161'));
    for (const [, to] of legs) expect(centres).toContain(JSON.stringify(to));
  });

  it('shows name, score out of 100 and label text in the tooltip', () => {
    renderPanel();
    const tooltip = within(markerOf('Querétaro Aerospace Cluster')).getByTestId('tooltip');
    expect(tooltip).toHaveTextContent(/Score \d+([.,]\d)?\/100/);
    expect(tooltip).toHaveTextContent('Silver ESCA label, valid until 31 Dec 2099');
  });

  it('selects a cluster on click and highlights the selected marker', async () => {
    renderPanel();
    const before = Number(markerOf('Querétaro Aerospace Cluster').dataset.radius);
    await userEvent.click(markerOf('Querétaro Aerospace Cluster'));
    expect(useAppStore.getState().selectedId).toBe('queretaro-aero');
    const selected = markerOf('Querétaro Aerospace Cluster');
    expect(Number(selected.dataset.radius)).toBe(before + 4);
    expect(selected.dataset.outline).toBe('#c2410c');
    expect(Number(selected.dataset.weight)).toBeGreaterThan(Number(markerOf('Monterrey ICT Cluster').dataset.weight));
    expect(fakeMap.panTo).toHaveBeenCalledWith([20.5888, -100.3899], expect.anything());
  });

  it('pans to a cluster selected elsewhere (the list)', () => {
    renderPanel();
    act(() => useAppStore.getState().select('monterrey-aerocluster'));
    expect(fakeMap.panTo).toHaveBeenCalledWith([25.6866, -100.3161], expect.anything());
  });

  it('adds to and removes from the shortlist from the popup, and shows details', async () => {
    renderPanel();
    const popup = within(within(markerOf('Querétaro Aerospace Cluster')).getByTestId('popup'));
    expect(popup.getByText(/Querétaro ·/)).toBeInTheDocument();
    await userEvent.click(popup.getByRole('button', { name: 'Add Querétaro Aerospace Cluster to shortlist' }));
    const active = () =>
      useAppStore.getState().shortlists.find((l) => l.id === useAppStore.getState().activeShortlistId);
    expect(active()?.entries.map((e) => e.clusterId)).toEqual(['queretaro-aero']);
    await userEvent.click(popup.getByRole('button', { name: 'Remove Querétaro Aerospace Cluster from shortlist' }));
    expect(active()?.entries).toEqual([]);
    await userEvent.click(popup.getByRole('button', { name: 'Show details' }));
    expect(useAppStore.getState().selectedId).toBe('queretaro-aero');
  });

  it('says when the state is not stated in the sources', () => {
    renderPanel();
    const popup = within(markerOf('Coastal Aero Group')).getByTestId('popup');
    expect(popup).toHaveTextContent('State not stated in the sources');
    expect(popup).toHaveTextContent('Position approximate (city)');
  });

  it('does not pan to a selected marker that is already well in view', () => {
    fakeMap.getBounds.mockReturnValue({ pad: () => ({ contains: () => true }) });
    renderPanel();
    act(() => useAppStore.getState().select('queretaro-aero'));
    expect(fakeMap.panTo).not.toHaveBeenCalled();
  });

  it('draws state strength bubbles with their why sentence, behind a checkbox', async () => {
    renderPanel();
    expect(bubbles().length).toBeGreaterThan(0);
    expect(within(bubbles()[0]).getByTestId('tooltip')).toHaveTextContent(/Nuevo León|Querétaro/);
    const legend = screen.getByRole('group', { name: 'Map legend' });
    expect(legend).toHaveTextContent('State strength in Aerospace (bigger = stronger)');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show state strength' }));
    expect(bubbles()).toHaveLength(0);
    expect(legend).not.toHaveTextContent('State strength');
  });

  it('asks for a sector before it can show state strength', () => {
    useAppStore.getState().setProfile({ sectors: [] });
    renderPanel();
    expect(bubbles()).toHaveLength(0);
    expect(screen.getByRole('group', { name: 'Map legend' })).toHaveTextContent('State strength: choose a sector');
  });

  it('has a legend with score numbers and the approximate-position note, which can be hidden', async () => {
    renderPanel();
    const legend = screen.getByRole('group', { name: 'Map legend' });
    for (const text of ['Score', '0–24', '25–49', '50–74', '75–100', 'Selected']) {
      expect(legend).toHaveTextContent(text);
    }
    expect(legend).toHaveTextContent('Positions are approximate (city or state capital)');
    expect(legend).toHaveTextContent('A line joins a marker moved aside to its position');
    await userEvent.click(screen.getByRole('button', { name: 'Hide legend' }));
    expect(screen.queryByRole('group', { name: 'Map legend' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show legend' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('fits the view to the matches', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Fit to matches' }));
    expect(fakeMap.fitBounds).toHaveBeenCalledWith(
      [
        [19.05, -104.31],
        [25.6866, -100.3161],
      ],
      expect.objectContaining({ padding: [40, 40] }),
    );
  });

  it('falls back to Mexico when no match is on the map', async () => {
    useAppStore.getState().setFilters({ query: 'Unplaced' });
    renderPanel();
    expect(markers()).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Fit to matches' }));
    expect(fakeMap.fitBounds).toHaveBeenCalledWith(
      [
        [14.2, -118.6],
        [32.9, -86.5],
      ],
      expect.anything(),
    );
  });

  it('adds OpenStreetMap tiles only when asked, and notes quietly when they fail', async () => {
    renderPanel();
    const toggle = screen.getByRole('checkbox', { name: 'Online map tiles (OpenStreetMap)' });
    expect(toggle).not.toBeChecked();
    expect(screen.queryByTestId('tiles')).not.toBeInTheDocument();
    await userEvent.click(toggle);
    const tiles = screen.getByTestId('tiles');
    expect(tiles.dataset.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(tiles.dataset.attribution).toMatch(/OpenStreetMap<\/a> contributors/);
    expect(screen.queryByText(/Online tiles unavailable/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'simulate tile error' }));
    expect(screen.getByRole('status')).toHaveTextContent('Online tiles unavailable — showing the offline map');
    await userEvent.click(toggle);
    expect(screen.queryByTestId('tiles')).not.toBeInTheDocument();
    expect(screen.queryByText(/Online tiles unavailable/)).not.toBeInTheDocument();
  });

  it('re-measures the map when its region resizes', () => {
    let notify: () => void = () => {};
    const observe = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          notify = callback;
        }
        observe = observe;
        disconnect = vi.fn();
      },
    );
    renderPanel();
    expect(observe).toHaveBeenCalled();
    notify();
    expect(fakeMap.invalidateSize).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('words the toolbar, legend, markers, popups and tile credit in Spanish after a switch', async () => {
    const user = userEvent.setup();
    renderPanel();
    await act(() => switchLanguage('es'));
    expect(screen.getByRole('heading', { name: 'Mapa de coincidencias' })).toBeInTheDocument();
    expect(screen.getByText(/5 en el mapa/)).toBeInTheDocument();
    expect(screen.getByText(/1 fuera del mapa/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Leyenda del mapa' })).toHaveTextContent('Puntuación');
    const marker = markerOf('Querétaro Aerospace Cluster');
    expect(within(marker).getByTestId('tooltip')).toHaveTextContent(/Puntuación \d+([.,]\d)?\/100/);
    expect(within(marker).getByTestId('tooltip')).toHaveTextContent('Sello ESCA Plata');
    const popup = within(within(marker).getByTestId('popup'));
    expect(popup.getByRole('heading', { name: 'Querétaro Aerospace Cluster' })).not.toHaveAttribute('lang');
    expect(popup.getByRole('button', { name: 'Ver detalles' })).toBeInTheDocument();
    expect(within(markerOf('Coastal Aero Group')).getByTestId('popup')).toHaveTextContent(
      'Estado: no consta en las fuentes',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Mapa en línea (teselas de OpenStreetMap)' }));
    expect(screen.getByTestId('tiles').dataset.attribution).toMatch(/colaboradores de <a/);
    expect(screen.getByRole('button', { name: 'Ajustar a las coincidencias' })).toBeInTheDocument();
    expect(screen.getByTestId('zoom').dataset).toMatchObject({ in: 'Acercar', out: 'Alejar' });
    expect(fakeMap.attributionControl.setPrefix).toHaveBeenLastCalledWith(
      '<a href="https://leafletjs.com" title="Una biblioteca de JavaScript para mapas interactivos">Leaflet</a>',
    );
  });
});
