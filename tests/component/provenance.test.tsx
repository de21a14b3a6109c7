// Sourced, editorial and inferred facts told apart in the detail and its score explanation, and a
// policy's status judged at the as-of date, on the real dataset.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { ClusterDetail } from '@/features/cluster-detail/cluster-detail';
import { PoliciesPanel } from '@/features/policies/policies-panel';
import { activateLocale } from '@/i18n/i18n';
import { useAppStore } from '@/stores/app-store';
import { readPublicDataset } from '../fixtures/public-data';
import { renderApp } from './render-app';

const dataset = parseDataset(readPublicDataset());
const PRO_AEREO = 'Aerospace Industry National Strategic Program 2012-2020 (Pro-Aéreo)';
const COSMETICS = 'Cosmetics4Wellbeing benchmarking trip to Mexico';

beforeEach(() => useAppStore.getState().setProfile({ sectors: ['transport-logistics'], asOf: '2026-01-10' }));
afterEach(() => activateLocale('en'));

function openDetail(id: string) {
  renderApp({ dataset, ui: <ClusterDetail /> });
  act(() => useAppStore.getState().select(id));
  return screen.getByRole('dialog');
}

const marks = (root: HTMLElement, kind: string) =>
  [...root.querySelectorAll(`[data-provenance="${kind}"]`)].map((e) => e.textContent ?? '');

describe('editorial and inferred marks in the cluster detail', () => {
  it('marks CTYL’s state as inferred with the reason, and our taxonomy, tags and map position as ours', () => {
    const dialog = openDetail('ctyl');
    const inferred = marks(dialog, 'inferred');
    expect(inferred.some((t) => /^inferred by us: .*acronym spells that name/.test(t))).toBe(true);
    const editorial = marks(dialog, 'editorial');
    expect(editorial).toContain('related sector, our taxonomy');
    expect(editorial).toContain('map position, our approximate placement (not from the sources)');
    // Its own sector is sourced: the explanation cites the edition and table.
    const explanation = within(dialog).getByRole('table');
    expect(marks(explanation, 'stated')).toContain(
      'stated in the 2019 briefing, Table 6 – Formally organised clusters by state',
    );
  });

  it('names a related sector as our taxonomy in the score explanation, against a sourced one', () => {
    useAppStore.getState().setProfile({ sectors: ['automotive'] });
    const dialog = openDetail('ctyl'); // transport and logistics: related to automotive
    const explanation = within(dialog).getByRole('table');
    expect(marks(explanation, 'editorial')).toContain('related sector, our taxonomy');
  });

  it('marks focus-area tags as our reading, and a sourced state not at all', () => {
    const dialog = openDetail('claugto');
    expect(marks(dialog, 'editorial')).toContain(
      'focus-area tags, our reading of the committees and services the sources name',
    );
    expect(marks(dialog, 'inferred')).toEqual([]);
  });

  it('says it in Spanish', async () => {
    await activateLocale('es');
    const dialog = openDetail('ctyl');
    expect(marks(dialog, 'editorial')).toContain('sector afín, según nuestra taxonomía');
    expect(marks(dialog, 'inferred').some((t) => t.startsWith('inferido por nosotros: '))).toBe(true);
  });
});

describe('policy status at the as-of date', () => {
  const card = (name: string) => screen.getByRole('article', { name });
  function renderPolicies(asOf: string) {
    useAppStore.getState().setProfile({ sectors: ['aerospace'], asOf });
    renderApp({ dataset, ui: <PoliciesPanel /> });
  }

  // Ended items come after live ones: past the first five of the group.
  const showAll = (name: RegExp) => userEvent.setup().click(screen.getByRole('button', { name }));

  it('Pro-Aéreo 2012–2020 has ended at a 2026 as-of date, as its own years say', async () => {
    renderPolicies('2026-01-10');
    await showAll(/^Show all \d+: Federal and sectoral/);
    const pro = card(PRO_AEREO);
    expect(within(pro).getByText('Ended')).toBeInTheDocument();
    expect(within(pro).getByText('Period ended 2020; described as in force in the 2019 briefing')).toBeInTheDocument();
  });

  it('Pro-Aéreo is in force at a 2019 as-of date, as the 2019 briefing describes it', () => {
    renderPolicies('2019-03-01');
    const pro = card(PRO_AEREO);
    expect(within(pro).getByText('In force')).toBeInTheDocument();
    expect(within(pro).getByText('described as in force in the 2019 briefing')).toBeInTheDocument();
  });

  it('says it in Spanish', async () => {
    await activateLocale('es');
    renderPolicies('2026-01-10');
    await showAll(/^Mostrar los \d+: Federales y sectoriales/);
    const pro = card(PRO_AEREO);
    expect(within(pro).getByText('Concluido')).toBeInTheDocument();
    expect(
      within(pro).getByText('Su periodo terminó en 2020; descrito como vigente en la nota informativa de 2019'),
    ).toBeInTheDocument();
  });

  it('keeps an item tied to nothing chosen behind a counted control', async () => {
    const user = userEvent.setup();
    renderPolicies('2026-01-10');
    expect(screen.queryByRole('article', { name: COSMETICS })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Show \d+ more Events and missions items? not tied/ }));
    const others = screen.getByRole('list', { name: 'Events and missions not tied to your choices' });
    expect(within(others).getByRole('article', { name: COSMETICS })).toBeInTheDocument();
  });
});
