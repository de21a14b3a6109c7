// The profile panel in Spanish: legends, hints, counts with their plurals, and the Custom preset.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { ProfilePanel } from '@/features/profile/profile-panel';
import { useAppStore } from '@/stores/app-store';
import { profileRawFixture } from '../fixtures/profile-raw-fixture';
import { renderApp } from './render-app';
import { inSpanish } from './spanish';

const renderPanel = () => renderApp({ dataset: parseDataset(profileRawFixture()), ui: <ProfilePanel /> });

inSpanish();

describe('ProfilePanel in Spanish', () => {
  it('names its groups in Spanish and counts the sectors behind "Más sectores"', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Tu clúster');
    const sector = screen.getByRole('group', { name: 'Sectores' });
    expect(sector).toHaveTextContent('Elige uno o varios; el primero es tu sector principal.');
    expect(sector).toHaveTextContent('Cifras: clústeres mexicanos en el sector.');
    const more = within(sector).getByRole('button', { name: 'Más sectores' });
    expect(more).toHaveAccessibleDescription('3 más');
    await user.click(more);
    await user.click(within(sector).getByRole('checkbox', { name: 'Chemicals' }));
    expect(more).toHaveAccessibleDescription('3 más, 1 elegido');
    expect(sector).toHaveTextContent('Principal: Chemicals (se usa para la fortaleza del estado).');

    expect(screen.getByRole('group', { name: 'Intereses buscados' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Somos…' })).toHaveDisplayValue('No estamos en la lista');
    expect(screen.getByRole('combobox', { name: 'Tu país' })).toHaveDisplayValue('Otro/ninguno');
    expect(screen.getByLabelText('Fecha de referencia')).toHaveAccessibleDescription(
      'La vigencia de los sellos se juzga en esta fecha',
    );
  });

  it('preferred states say how many are chosen, singular and plural', async () => {
    const user = userEvent.setup();
    renderPanel();
    const toggle = screen.getByRole('button', { name: 'Estados preferidos' });
    expect(toggle).toHaveAccessibleDescription('ninguno (todos los estados por igual)');
    await user.click(toggle);
    await user.click(screen.getByRole('checkbox', { name: 'Querétaro' }));
    expect(toggle).toHaveAccessibleDescription('1 elegido');
    await user.click(screen.getByRole('checkbox', { name: 'Jalisco' }));
    expect(toggle).toHaveAccessibleDescription('2 elegidos');
  });

  it('a moved slider turns the preset into "Personalizada"; the expired-label slider reads in Spanish', () => {
    renderPanel();
    const weights = screen.getByRole('group', { name: 'Ponderaciones' });
    const preset = within(weights).getByRole('combobox', { name: 'Ponderación predefinida' });
    expect(within(weights).getByText(/Con 0, el criterio deja de contar\.$/)).toBeInTheDocument();
    const [first] = within(weights).getAllByRole('slider');
    fireEvent.change(first, { target: { value: '0' } });
    expect(preset).toHaveDisplayValue('Personalizada');
    expect(weights).toHaveTextContent('Tus propias ponderaciones, fijadas con los controles deslizantes.');

    const expired = within(weights).getByRole('slider', { name: 'Un sello vencido vale' });
    fireEvent.change(expired, { target: { value: '60' } });
    expect(expired).toHaveAttribute('aria-valuetext', '60 % de un sello vigente');
  });

  it('filters count themselves in Spanish', async () => {
    const user = userEvent.setup();
    renderPanel();
    const filters = screen.getByRole('group', { name: 'Filtros' });
    expect(within(filters).getByRole('searchbox', { name: 'Buscar clústeres' })).toHaveAttribute(
      'placeholder',
      'Nombre, alias o siglas',
    );
    expect(within(filters).getByRole('combobox', { name: 'Estado' })).toHaveDisplayValue('Todos los estados');
    await user.click(within(filters).getByRole('checkbox', { name: 'Solo miembros de la ECCP' }));
    expect(within(filters).getByText('1 filtro activo')).toBeInTheDocument();
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Estado' }), 'Querétaro');
    expect(within(filters).getByText('2 filtros activos')).toBeInTheDocument();
    // A link with several states shows them as one option, counted.
    act(() => useAppStore.getState().setFilters({ states: ['QUE', 'JAL'] }));
    expect(within(filters).getByRole('combobox', { name: 'Estado' })).toHaveDisplayValue('2 estados');
    await user.click(within(filters).getByRole('button', { name: 'Quitar filtros' }));
    expect(within(filters).queryByText(/filtros? activos?/)).not.toBeInTheDocument();
  });
});
