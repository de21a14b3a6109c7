import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  WEIGHT_PRESETS,
  criterionLabel,
  presetDescription,
  presetName,
  type Weights,
} from '@/domain/profile';
import { parseDataset } from '@/data/parse-dataset';
import { ProfilePanel } from '@/features/profile/profile-panel';
import { useRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { profileRawFixture } from '../fixtures/profile-raw-fixture';
import { renderApp } from './render-app';

function RankingNames() {
  const matches = useRanking();
  return (
    <ol aria-label="Ranking">
      {matches.map((m) => (
        <li key={m.cluster.id}>{m.cluster.name}</li>
      ))}
    </ol>
  );
}

function renderPanel() {
  return renderApp({
    dataset: parseDataset(profileRawFixture()),
    ui: (
      <>
        <ProfilePanel />
        <RankingNames />
      </>
    ),
  });
}

const rankingNames = () =>
  within(screen.getByRole('list', { name: 'Ranking' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('ProfilePanel: sectors and interests', () => {
  it('checking a sector re-ranks the matches and keeps the order of checking', async () => {
    const user = userEvent.setup();
    renderPanel();
    const sector = screen.getByRole('group', { name: 'Sector' });
    const before = rankingNames();
    expect(before.slice(0, 2)).not.toEqual(['Aeroclúster de Querétaro', 'Monterrey Aerocluster']);

    await user.click(within(sector).getByRole('checkbox', { name: 'Aerospace' }));
    expect(rankingNames().slice(0, 2).sort()).toEqual(['Aeroclúster de Querétaro', 'Monterrey Aerocluster']);
    expect(within(sector).getByText(/Primary: Aerospace/)).toBeInTheDocument();

    await user.click(within(sector).getByRole('checkbox', { name: 'Automotive' }));
    expect(useAppStore.getState().profile.sectors).toEqual(['aerospace', 'automotive']);
    await user.click(within(sector).getByRole('checkbox', { name: 'Aerospace' }));
    expect(useAppStore.getState().profile.sectors).toEqual(['automotive']);
    expect(rankingNames()[0]).toMatch(/Automotriz/);
  });

  it('shows the biggest sectors first and the rest behind "More sectors"', async () => {
    const user = userEvent.setup();
    renderPanel();
    const sector = screen.getByRole('group', { name: 'Sector' });
    expect(within(sector).getAllByRole('checkbox')).toHaveLength(8);
    expect(within(sector).queryByRole('checkbox', { name: 'Chemicals' })).not.toBeInTheDocument();
    const more = within(sector).getByRole('button', { name: 'More sectors' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveAccessibleDescription('3 more');

    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(sector).getByRole('checkbox', { name: 'Chemicals' }));
    expect(useAppStore.getState().profile.sectors).toEqual(['chemicals']);
    expect(more).toHaveAccessibleDescription('3 more, 1 chosen');
  });

  it('target interests write profile.interests', async () => {
    const user = userEvent.setup();
    renderPanel();
    const group = screen.getByRole('group', { name: 'Target interests' });
    await user.click(within(group).getByRole('checkbox', { name: 'R&D and innovation' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Supply chain' }));
    expect(useAppStore.getState().profile.interests).toEqual(['rd-innovation', 'supply-chain']);
  });
});

describe('ProfilePanel: who we are', () => {
  it('"We are…" fills our cluster, country and (when none chosen) sectors', async () => {
    const user = userEvent.setup();
    renderPanel();
    const weAre = screen.getByRole('combobox', { name: 'We are…' });
    expect(within(weAre).getByRole('group', { name: 'France' })).toBeInTheDocument();
    await user.selectOptions(weAre, 'Aerospace Valley');
    expect(screen.getByRole('combobox', { name: 'Your country' })).toHaveValue('France');
    expect(useAppStore.getState().profile).toMatchObject({
      euClusterId: 'aerospace-valley',
      country: 'France',
      sectors: ['aerospace', 'ict'],
    });

    // Sectors the user already has are never overwritten.
    await user.selectOptions(weAre, 'Basque Aerospace Cluster (HEGAN)');
    expect(useAppStore.getState().profile).toMatchObject({ euClusterId: 'hegan', country: 'Spain' });
    expect(useAppStore.getState().profile.sectors).toEqual(['aerospace', 'ict']);

    await user.selectOptions(weAre, 'Not in the list');
    expect(useAppStore.getState().profile.euClusterId).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your country' }), 'Other/none');
    expect(useAppStore.getState().profile.country).toBeNull();
  });

  it('preferred states sit behind a disclosure that shows the count', async () => {
    const user = userEvent.setup();
    renderPanel();
    const toggle = screen.getByRole('button', { name: 'Preferred states' });
    expect(screen.queryByRole('checkbox', { name: 'Querétaro' })).not.toBeInTheDocument();
    await user.click(toggle);
    await user.click(screen.getByRole('checkbox', { name: 'Querétaro' }));
    await user.click(screen.getByRole('checkbox', { name: 'Jalisco' }));
    await user.click(toggle);
    expect(toggle).toHaveAccessibleDescription('2 chosen');
    expect(useAppStore.getState().profile.preferredStates).toEqual(['QUE', 'JAL']);
  });

  it('the as-of date sets profile.asOf and explains itself', async () => {
    const user = userEvent.setup();
    renderPanel();
    const asOf = screen.getByLabelText('As of');
    expect(asOf).toHaveAccessibleDescription('Label validity is judged on this date');
    await user.clear(asOf);
    await user.type(asOf, '2018-06-01');
    expect(useAppStore.getState().profile.asOf).toBe('2018-06-01');
  });
});

describe('ProfilePanel: weights', () => {
  it('a preset moves the sliders; moving a slider makes the preset Custom', async () => {
    const user = userEvent.setup();
    renderPanel();
    const weights = screen.getByRole('group', { name: 'Weights' });
    const preset = within(weights).getByRole('combobox', { name: 'Weight preset' });
    const expectSliders = (values: Weights | undefined) => {
      for (const id of CRITERIA) {
        expect(within(weights).getByRole('slider', { name: criterionLabel(id) })).toHaveValue(String(values?.[id]));
      }
    };
    const initial = WEIGHT_PRESETS.find((p) => p.id === useAppStore.getState().presetId);
    expect(preset).toHaveDisplayValue(initial ? presetName(initial.id) : '');
    expectSliders(initial?.weights);

    for (const other of WEIGHT_PRESETS) {
      await user.selectOptions(preset, presetName(other.id));
      expectSliders(other.weights);
      expect(within(weights).getByText(presetDescription(other.id), { exact: false })).toBeInTheDocument();
    }
    expect(within(preset).queryByRole('option', { name: 'Custom' })).not.toBeInTheDocument();

    const links = within(weights).getByRole('slider', { name: 'Existing EU links' });
    // jsdom has no slider keyboard behaviour: a change event is what the browser would send.
    fireEvent.change(links, { target: { value: '0' } });
    expect(useAppStore.getState().weights.links).toBe(0);
    expect(links).toHaveAttribute('aria-valuetext', 'off');
    expect(preset).toHaveDisplayValue('Custom');
  });

  it('the expired-label slider sets the factor in steps of 10 %', () => {
    renderPanel();
    const slider = screen.getByRole('slider', { name: 'Expired label counts for' });
    expect(slider).toHaveValue('50');
    expect(slider).toHaveAttribute('step', '10');
    fireEvent.change(slider, { target: { value: '60' } });
    expect(useAppStore.getState().expiredLabelFactor).toBeCloseTo(0.6);
    expect(slider).toHaveAttribute('aria-valuetext', '60 % of a valid label');
  });
});

describe('ProfilePanel: filters', () => {
  it('search narrows the ranking accent-insensitively and Clear filters resets it', async () => {
    const user = userEvent.setup();
    renderPanel();
    const filters = screen.getByRole('group', { name: 'Filters' });
    expect(within(filters).queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();

    await user.type(within(filters).getByRole('searchbox', { name: 'Search clusters' }), 'queretaro');
    expect(rankingNames().sort()).toEqual(['Aeroclúster de Querétaro', 'Clúster Automotriz de Querétaro']);

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(rankingNames()).toHaveLength(7);
    expect(within(filters).getByRole('searchbox', { name: 'Search clusters' })).toHaveValue('');
    expect(within(filters).queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('state, label, validity and ECCP filters write the store', async () => {
    const user = userEvent.setup();
    renderPanel();
    const filters = screen.getByRole('group', { name: 'Filters' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'State' }), 'Querétaro');
    expect(rankingNames()).toHaveLength(2);
    await user.click(within(filters).getByRole('checkbox', { name: 'ECCP members only' }));
    expect(rankingNames()).toEqual(['Clúster Automotriz de Querétaro']);
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Label' }), 'Bronze');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Label validity' }), 'Expired');
    expect(useAppStore.getState().filters).toMatchObject({
      states: ['QUE'],
      eccpOnly: true,
      labelLevels: ['bronze'],
      labelValidity: 'expired',
    });
    expect(within(filters).getByText('4 filters active')).toBeInTheDocument();

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(within(filters).getByRole('combobox', { name: 'State' })).toHaveDisplayValue('All states');
    expect(within(filters).getByRole('combobox', { name: 'Label' })).toHaveDisplayValue('Any label');
    expect(within(filters).getByRole('combobox', { name: 'Label validity' })).toHaveDisplayValue('Any');
    expect(within(filters).getByRole('checkbox', { name: 'ECCP members only' })).not.toBeChecked();
  });
});
