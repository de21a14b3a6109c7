interface KeyEventLike {
  key: string;
  preventDefault(): void;
  stopPropagation(): void;
}

/**
 * A keydown handler that runs `close` on Escape and stops the key there, so the layer behind (a
 * dialog under a panel, the document's own key handlers, the browser's dialog cancel) does not
 * close as well.
 */
export function closeOnEscape(close: () => void): (e: KeyEventLike) => boolean {
  return (e) => {
    if (e.key !== 'Escape') return false;
    e.preventDefault();
    e.stopPropagation();
    close();
    return true;
  };
}
