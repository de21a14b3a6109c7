import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { PoliciesPanel } from '@/features/policies/policies-panel';
import { useAppStore } from '@/stores/app-store';
import { chartsPoliciesFixture } from '../fixtures/charts-policies-raw-files';
import { renderApp } from './render-app';

function renderPanel() {
  return renderApp({ dataset: parseDataset(chartsPoliciesFixture()), ui: <PoliciesPanel /> });
}

const item = (name: string) => screen.getByRole('article', { name });
const group = (name: string) => screen.getByRole('list', { name });

beforeEach(() => {
  useAppStore.getState().setProfile({ asOf: '2026-11-23' });
});

describe('PoliciesPanel', () => {
  it('without a sector, shows cross-cutting federal and EU–Mexico items and a hint', () => {
    renderPanel();
    expect(screen.getByText(/Pick a sector in your profile/)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Federal and sectoral (1)',
      'EU–Mexico (1)',
    ]);
    expect(
      within(group('Federal and sectoral')).getByRole('article', { name: 'Innovation Programme PRODEINN' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('National Strategic Programme for the Aerospace Industry')).not.toBeInTheDocument();
  });

  it('choosing aerospace shows its programmes, the state policy, the ESCP-4i partnership and the mission', () => {
    renderPanel();
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    expect(screen.queryByText(/Pick a sector in your profile/)).not.toBeInTheDocument();

    const national = within(group('Federal and sectoral'))
      .getAllByRole('article')
      .map((a) => within(a).getByRole('heading').textContent);
    expect(national).toEqual([
      'Aerospace Roadmap',
      'Advanced Manufacturing Programme',
      'National Strategic Programme for the Aerospace Industry',
      'Innovation Programme PRODEINN',
    ]);
    expect(screen.queryByText('PROSOFT')).not.toBeInTheDocument();

    const nl = within(group('State')).getByRole('article', { name: 'Nuevo León cluster policy' });
    expect(nl).toHaveTextContent('2015–2030');
    expect(nl).toHaveTextContent('Overall budget: 1.42 EUR million');
    expect(nl).toHaveTextContent('in Nuevo León, where top matches are');

    const escp = within(group('ESCP-4i partnerships')).getByRole('article', { name: /EACP ABROAD/ });
    expect(escp).toHaveTextContent('Aerospace Valley (France)');
    expect(escp).toHaveTextContent('years not stated in the sources');

    const mission = within(group('Events and missions')).getByRole('article', {
      name: 'EACP ABROAD fact-finding mission to Mexico',
    });
    expect(mission).toHaveTextContent('Past event');
    expect(mission).toHaveTextContent('Sep 2017');
    expect(within(group('EU–Mexico')).getByRole('article', { name: 'EU–Mexico Global Agreement' })).toBeInTheDocument();
  });

  it('marks a discontinued programme with the word, its original name, years, targets and source', () => {
    renderPanel();
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    const pro = item('National Strategic Programme for the Aerospace Industry');
    expect(within(pro).getByText('Discontinued')).toBeInTheDocument();
    expect(pro).toHaveTextContent('Programa Estratégico de la Industria Aeroespacial (Pro-Aéreo)');
    expect(pro).toHaveTextContent('2012–2020');
    expect(pro).toHaveTextContent('Discontinued with the closure of ProMéxico.');
    expect(pro).toHaveTextContent('10.5 EUR billion (2020)');
    expect(pro).toHaveTextContent(
      'Source: Preparatory Briefing on Mexico (2019 edition), 4.3 Aerospace policies and programmes',
    );
    expect(pro).toHaveTextContent('Website: not stated in the sources');
    expect(within(item('Innovation Programme PRODEINN')).getByText('Ended')).toBeInTheDocument();
    expect(within(item('Aerospace Roadmap')).getByText('Last described as in force')).toBeInTheDocument();
  });

  it('opens policy websites safely in a new tab', () => {
    renderPanel();
    act(() => useAppStore.getState().setProfile({ sectors: ['aerospace'] }));
    const link = within(item('Aerospace Roadmap')).getByRole('link', { name: /example\.org/ });
    expect(link).toHaveAttribute('href', 'https://example.org/aero');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('says so when a group has nothing for the sector', () => {
    renderPanel();
    act(() => useAppStore.getState().setProfile({ sectors: ['ict'] }));
    expect(screen.getByText('No event or mission in the sources for these sectors.')).toBeInTheDocument();
    expect(within(group('Federal and sectoral')).getByRole('article', { name: 'PROSOFT' })).toHaveTextContent('Ended');
  });
});
