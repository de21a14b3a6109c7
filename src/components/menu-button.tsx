import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuAction {
  label: string;
  onSelect: () => void;
}

/**
 * A button that opens a short menu of actions (WAI-ARIA APG menu button): Enter, Space or ArrowDown
 * open it on the first item, ArrowUp on the last; arrows, Home and End move; Escape closes it and
 * returns to the button; Tab closes it and moves on; choosing an item closes it, then runs the action.
 */
export function MenuButton({ label, actions, className }: { label: string; actions: MenuAction[]; className: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const buttonId = useId();
  const menuId = useId();

  const focusItem = (index: number) => {
    const n = actions.length;
    items.current[(index + n) % n]?.focus();
  };
  // The item to focus once the open menu is rendered (its buttons exist only then).
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (!open || pending.current === null) return;
    focusItem(pending.current);
    pending.current = null;
  });
  const show = (index: number) => {
    pending.current = index;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // Focus is back on the button before the action runs, so a dialog it opens returns there on close.
  const choose = (action: MenuAction) => {
    close();
    action.onSelect();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    const first = { ArrowDown: 0, Enter: 0, ' ': 0, ArrowUp: -1 }[e.key];
    if (first === undefined) return;
    e.preventDefault();
    show(first);
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const at = items.current.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in moves) {
      e.preventDefault();
      focusItem(moves[e.key]);
    } else if (e.key === 'Escape') {
      // Only the menu closes, not a dialog or view behind it.
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') {
      // From the button, the browser's Tab goes on to what follows the menu button (or before it).
      close();
    }
  };

  return (
    <div
      className="relative"
      onBlur={(e) => {
        // A click or focus anywhere outside closes the menu without taking the focus back.
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        className={className}
        onClick={() => (open ? setOpen(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          {open ? '▴' : '▾'}
        </span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKey}
          className="absolute top-full right-0 z-[4000] mt-1 flex w-max max-w-[calc(100vw-2rem)] flex-col rounded-md border border-slate-300 bg-white py-1 text-slate-900 shadow-lg"
        >
          {actions.map((action, i) => (
            <button
              key={action.label}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="px-3 py-2 text-left text-sm font-medium hover:bg-brand-50 focus:bg-brand-50"
              onClick={() => choose(action)}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
