// A chart's picture off screen keeps its last drawing and catches up once it is near the view.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NearView } from '@/features/charts/near-view';

/** The browser's observer, driven by the test: jsdom has no layout to intersect. */
class FakeObserver {
  static last: FakeObserver | null = null;
  constructor(private readonly callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {}
  show(isIntersecting: boolean) {
    act(() => this.callback([{ isIntersecting }]));
  }
}

const drawn = vi.fn();
function Picture({ value }: { value: number }) {
  drawn(value);
  return <p>drawn {value}</p>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('NearView', () => {
  it('redraws only while near the view, then catches up with the latest value', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    drawn.mockClear();
    const { rerender } = render(
      <NearView>
        <Picture value={1} />
      </NearView>,
    );
    const observer = FakeObserver.last as FakeObserver;
    rerender(
      <NearView>
        <Picture value={2} />
      </NearView>,
    );
    expect(screen.getByText('drawn 2')).toBeInTheDocument();
    observer.show(false);
    const before = drawn.mock.calls.length;
    for (const value of [3, 4])
      rerender(
        <NearView>
          <Picture value={value} />
        </NearView>,
      );
    expect(drawn).toHaveBeenCalledTimes(before);
    expect(screen.getByText('drawn 2')).toBeInTheDocument();
    observer.show(true);
    expect(screen.getByText('drawn 4')).toBeInTheDocument();
    expect(drawn).toHaveBeenCalledTimes(before + 1);
  });
});
