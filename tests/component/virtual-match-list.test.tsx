import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { MatchesPanel } from '@/features/matches/matches-panel';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { renderApp } from './render-app';

// 600 valid clusters: the fixture's, then copies under new ids.
function bigDataset() {
  const raw = matchesRawFixture();
  const base = raw['clusters.json'];
  const clusters = Array.from({ length: 600 }, (_, i) => {
    const c = base[i % base.length] as (typeof base)[number];
    return i < base.length ? c : { ...c, id: `${c.id}-copy-${i}`, name: `${c.name} ${i}` };
  });
  return parseDataset({ ...raw, 'clusters.json': clusters });
}

describe('virtualised match list', () => {
  it('draws only the items near the view, each saying its position in the real length', () => {
    // jsdom lays nothing out: give items and the scroller the heights a browser would.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const height = this.tagName === 'LI' ? 150 : 700;
      return { x: 0, y: 0, top: 0, left: 0, bottom: height, right: 400, width: 400, height, toJSON: () => ({}) };
    });
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'LI' ? 150 : 700;
    });
    renderApp({ dataset: bigDataset(), ui: <MatchesPanel /> });
    expect(screen.getByRole('heading', { name: '600 matches' })).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Matches' })).getAllByRole('listitem', { hidden: false });
    const top = items.filter((li) => li.hasAttribute('aria-posinset'));
    expect(top.length).toBeGreaterThan(3);
    expect(top.length).toBeLessThan(60);
    expect(top.map((li) => li.getAttribute('aria-posinset'))).toEqual(top.map((_, i) => String(i + 1)));
    for (const li of top) expect(li).toHaveAttribute('aria-setsize', '600');
  });
});
