import { useEffect, useState, type RefObject } from 'react';

// The outlines' viewBox (@svg-maps/mexico): known before they load, so the first layout is right.
const VIEW_WIDTH = 793;
const VIEW_HEIGHT = 498;

/**
 * Outline units per CSS pixel of a state map drawn (aspect kept) into `box`, so its names can be
 * set at a pixel size that reads at any panel or screen size. Until the box is laid out: the
 * scale of `assumed`, or 1.
 */
export function useSvgScale(box: RefObject<HTMLElement | null>, assumed?: { width: number; height: number }): number {
  // A box that is never laid out on screen (a printout) keeps the scale of its assumed size.
  const [scale, setScale] = useState(() =>
    assumed ? Math.max(VIEW_WIDTH / assumed.width, VIEW_HEIGHT / assumed.height) : 1,
  );
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width <= 0 || height <= 0) return;
      // Rounded, so a resize of a pixel or two does not rebuild the model.
      setScale(Math.round(Math.max(VIEW_WIDTH / width, VIEW_HEIGHT / height) * 20) / 20);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return scale;
}
