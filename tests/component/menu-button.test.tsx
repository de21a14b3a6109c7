// The menu button (WAI-ARIA APG pattern) on its own, then the header's Your data menu in the app:
// each item opens what it names, and the focus comes back to the menu button when that closes.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from '@/components/menu-button';
import { rawFixture } from '../fixtures/raw-files';
import { renderApp } from './render-app';

vi.mock('@/features/map/map-panel', () => ({ MapPanel: () => <div>map stub</div> }));

function setup() {
  const chosen: string[] = [];
  const actions = ['One', 'Two', 'Three'].map((label) => ({ label, onSelect: () => chosen.push(label) }));
  render(
    <>
      <MenuButton label="Things" actions={actions} className="" />
      <button type="button">After</button>
    </>,
  );
  const button = screen.getByRole('button', { name: 'Things' });
  return { chosen, button, user: userEvent.setup() };
}

const item = (name: string) => within(screen.getByRole('menu', { name: 'Things' })).getByRole('menuitem', { name });

describe('MenuButton', () => {
  it('says it has a menu and whether it is open', async () => {
    const { button, user } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', screen.getByRole('menu').id);
    expect(item('One')).toHaveFocus();
  });

  it('opens with Enter or ArrowDown on the first item, ArrowUp on the last; arrows wrap, Home and End jump', async () => {
    const { button, user } = setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(item('One')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Two')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(item('One')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Three')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('One')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Three')).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('One')).toHaveFocus();
    await user.keyboard('{Escape}{ArrowUp}');
    expect(item('Three')).toHaveFocus();
  });

  it('runs the chosen action once, closed, with the focus back on the button', async () => {
    const { chosen, button, user } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(chosen).toEqual(['Two']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(item('Three'));
    expect(chosen).toEqual(['Two', 'Three']);
  });

  it('closes on Tab, which moves on to what follows, and on a click elsewhere', async () => {
    const { chosen, button, user } = setup();
    await user.click(button);
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await user.click(button);
    await user.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(chosen).toEqual([]);
  });
});

describe('the header’s Your data menu', () => {
  it('each item opens its dialog, and closing it gives the focus back to the menu button', async () => {
    renderApp({ files: rawFixture() });
    const banner = await screen.findByRole('banner');
    const button = await within(banner).findByRole('button', { name: 'Your data' });
    const user = userEvent.setup();
    const items = ['Add an organisation', 'Import organisations from a sheet', 'Saved data'];
    for (const [at, name] of items.entries()) {
      // Each dialog is named as its menu item.
      const dialog = name;
      button.focus();
      await user.keyboard('{ArrowDown}'.repeat(at + 1));
      const menu = screen.getByRole('menu', { name: 'Your data' });
      expect(within(menu).getByRole('menuitem', { name })).toHaveFocus();
      await user.keyboard('{Enter}');
      // The first open loads the dialog's lazy chunk.
      expect(await screen.findByRole('dialog', { name: dialog }, { timeout: 10_000 })).toBeInTheDocument();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog', { name: dialog })).toBeNull();
      expect(button).toHaveFocus();
    }
  });
});
