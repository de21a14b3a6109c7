// The shared Tabs: a WAI-ARIA tab list whose hidden panels keep their state.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from '@/components/tabs';

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      clicked {n}
    </button>
  );
}

function Harness() {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs
      label="Views"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'a', label: 'Alpha', content: <Counter /> },
        { id: 'b', label: 'Beta', content: <p>beta content</p> },
        { id: 'c', label: 'Gamma', content: <p>gamma content</p> },
      ]}
    />
  );
}

describe('Tabs', () => {
  it('marks the open tab, ties each tab to its panel and shows only the open panel', () => {
    render(<Harness />);
    const list = screen.getByRole('tablist', { name: 'Views' });
    const tabs = screen.getAllByRole('tab');
    expect(list).toContainElement(tabs[0] ?? null);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    // Roving tabindex: Tab enters the list at the open tab only.
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    const panel = screen.getByRole('tabpanel', { name: 'Alpha' });
    expect(tabs[0]?.getAttribute('aria-controls')).toBe(panel.id);
    // A panel nobody has opened yet is not built (the first screen does not pay for it).
    expect(screen.queryByText('beta content')).toBeNull();
  });

  it('moves with the arrow keys, Home and End (wrapping around), and focus follows', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('tab', { name: 'Alpha' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Beta' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Beta' })).toHaveFocus();
    expect(screen.getByText('beta content')).toBeVisible();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Gamma' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Alpha' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Gamma' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Alpha' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps a hidden panel mounted, so it comes back as it was left', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'clicked 0' }));
    await user.click(screen.getByRole('tab', { name: 'Beta' }));
    await user.click(screen.getByRole('tab', { name: 'Alpha' }));
    expect(screen.getByRole('button', { name: 'clicked 1' })).toBeVisible();
  });
});
