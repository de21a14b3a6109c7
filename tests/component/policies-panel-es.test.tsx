// The policies panel in Spanish: groups, status words, years with their gaps, relevance, and the
// lang marks on the sources' English names; a switch while it is open re-words it.
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { PoliciesPanel } from '@/features/policies/policies-panel';
import { yearsText } from '@/features/policies/years-text';
import { useAppStore } from '@/stores/app-store';
import { chartsPoliciesFixture } from '../fixtures/charts-policies-raw-files';
import { renderApp } from './render-app';
import { inSpanish, switchToSpanish } from './spanish';

const renderPanel = () => renderApp({ dataset: parseDataset(chartsPoliciesFixture()), ui: <PoliciesPanel /> });
const item = (name: string) => screen.getByRole('article', { name });

beforeEach(() => {
  useAppStore.getState().setProfile({ asOf: '2026-11-23', sectors: ['aerospace'] });
});

inSpanish({ fromStart: false });

describe('PoliciesPanel in Spanish', () => {
  it('titles the groups and words status, level, years and relevance in Spanish', async () => {
    await switchToSpanish();
    renderPanel();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Políticas relevantes');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Federales y sectoriales (4)',
      'Estatales (1)',
      'UE–México (1)',
      'Alianzas ESCP-4i (1)',
      'Eventos y misiones (1)',
    ]);

    const roadmap = item('Aerospace Roadmap');
    expect(within(roadmap).getByText('Vigente en su última mención')).toBeInTheDocument();
    expect(roadmap).toHaveTextContent('desde 2018 (año de término: no consta en las fuentes)');
    expect(roadmap).toHaveTextContent('Tu sector: Aeroespacial');

    const pro = item('National Strategic Programme for the Aerospace Industry');
    expect(within(pro).getByText('Cancelado')).toBeInTheDocument();
    expect(pro).toHaveTextContent('2012–2020');
    expect(pro).toHaveTextContent('Sitio web: no consta en las fuentes');
    expect(pro).toHaveTextContent('Fuente: Preparatory Briefing on Mexico');
    // The English name and summary are marked as English; the Spanish original needs no mark here.
    expect(within(pro).getByRole('heading', { level: 4 })).toHaveAttribute('lang', 'en');
    expect(within(pro).getByText('Discontinued with the closure of ProMéxico.')).toHaveAttribute('lang', 'en');
    expect(within(pro).getByText(/^Programa Estratégico/)).not.toHaveAttribute('lang');

    const nl = item('Nuevo León cluster policy');
    expect(nl).toHaveTextContent('Todos los sectores; en Nuevo León, donde están las mejores coincidencias');
    expect(within(nl).getByRole('list', { name: 'Detalles de Nuevo León cluster policy' })).toHaveTextContent(
      'Estado: Nuevo León',
    );

    const escp = within(screen.getByRole('list', { name: 'Alianzas ESCP-4i' })).getByRole('article');
    expect(escp).toHaveTextContent('años: no consta en las fuentes');
    const mission = item('EACP ABROAD fact-finding mission to Mexico');
    expect(within(mission).getByText('Evento pasado')).toBeInTheDocument();
    expect(mission).toHaveTextContent('septiembre de 2017');
  });

  it('with no sector, asks for one in Spanish; an empty group says so in Spanish', async () => {
    await switchToSpanish();
    act(() => useAppStore.getState().setProfile({ sectors: [] }));
    renderPanel();
    expect(screen.getByText(/^Elige un sector en tu perfil/)).toBeInTheDocument();
    act(() => useAppStore.getState().setProfile({ sectors: ['ict'] }));
    expect(screen.getByText('Las fuentes no recogen ningún evento ni misión para estos sectores.')).toBeInTheDocument();
    expect(within(item('PROSOFT')).getByText('Concluido')).toBeInTheDocument();
  });

  it('re-words the open panel when the language is switched', async () => {
    renderPanel();
    const roadmap = item('Aerospace Roadmap');
    expect(roadmap).toHaveTextContent('from 2018 (end year not stated in the sources)');
    expect(within(roadmap).getByRole('heading', { level: 4 })).not.toHaveAttribute('lang');
    await act(switchToSpanish);
    expect(roadmap).toHaveTextContent('desde 2018 (año de término: no consta en las fuentes)');
    expect(within(roadmap).getByText('Vigente en su última mención')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Federales y sectoriales' })).toContainElement(roadmap);
  });

  it('yearsText words every gap in Spanish', async () => {
    await switchToSpanish();
    expect(yearsText(2012, 2020)).toBe('2012–2020');
    expect(yearsText(null, 2020)).toBe('hasta 2020 (año de inicio: no consta en las fuentes)');
    expect(yearsText(null, null)).toBe('años: no consta en las fuentes');
  });
});
