import { useImperativeHandle, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { closeOnEscape } from '@/components/escape-key';

type DialogName = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

export type DialogProps = DialogName & {
  /** Asked to close (Escape, a browser close request); the caller unmounts the dialog. */
  onClose: () => void;
  /**
   * True (default): a modal on the native top layer; the page behind is inert and Tab cycles inside.
   * False: a popover beside its button; the page stays usable and Tab may leave it.
   */
  modal?: boolean;
  /** The dialog box itself takes the focus and is a Tab stop: for content driven by keys (slides). */
  focusSelf?: boolean;
  className?: string;
  /**
   * Given a header (title, close) or a footer (the primary actions), the dialog is capped to the window
   * and only `children` scroll between them, so a tall form never pushes its title or buttons away.
   * The caller's className then sets no padding or overflow (each part has its own padding).
   */
  header?: ReactNode;
  footer?: ReactNode;
  ref?: Ref<HTMLDialogElement>;
  children: ReactNode;
};

const FOCUSABLE = 'a[href], button, input, select, textarea, iframe, [tabindex], [contenteditable="true"]';

/** What Tab visits inside the dialog, in document order. */
function tabStops(dialog: HTMLDialogElement, focusSelf: boolean): HTMLElement[] {
  const inside = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !(el instanceof HTMLInputElement && el.type === 'hidden') &&
      !el.closest('[hidden], [inert]') &&
      (typeof el.checkVisibility !== 'function' || el.checkVisibility()),
  );
  return focusSelf ? [dialog, ...inside] : inside;
}

/**
 * The app's dialog, on the native <dialog> element: open while mounted, focus moved inside on open
 * and back to the element that opened it on close, Escape closes, and a modal keeps the focus
 * inside. Named by `label` (aria-label) or `labelledBy` (aria-labelledby: the id of its title).
 */
export function Dialog({
  onClose,
  modal = true,
  focusSelf = false,
  className,
  header,
  footer,
  ref,
  children,
  ...name
}: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Mounted before any effect of the caller reads it.
  useImperativeHandle(ref, () => dialog.current as HTMLDialogElement, []);

  // Layout phase: a print started right after opening (the print view) already sees the dialog.
  useLayoutEffect(() => {
    const root = dialog.current;
    if (!root) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const focusFirst = () => (tabStops(root, focusSelf)[0] ?? root).focus();
    // Outside is inert in browsers; this also catches code that moves the focus out (a panel behind
    // that focuses itself) and test DOMs without inertness.
    const keepInside = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.contains(e.target)) focusFirst();
    };
    if (modal) {
      root.showModal();
      document.addEventListener('focusin', keepInside);
    } else {
      root.show();
    }
    focusFirst();
    return () => {
      document.removeEventListener('focusin', keepInside);
      if (root.open) root.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [modal, focusSelf]);

  const escape = closeOnEscape(onClose);
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (escape(e) || e.key !== 'Tab' || !modal) return;
    // Tab cycles through the dialog's own stops; past the last it comes back to the first.
    e.preventDefault();
    const stops = tabStops(e.currentTarget, focusSelf);
    if (stops.length === 0) return;
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const step = e.shiftKey ? -1 : 1;
    const next = at === -1 ? (e.shiftKey ? stops.length - 1 : 0) : (at + step + stops.length) % stops.length;
    stops[next].focus();
  };

  return (
    <dialog
      ref={dialog}
      aria-label={name.label}
      aria-labelledby={name.labelledBy}
      aria-modal={modal || undefined}
      tabIndex={focusSelf ? -1 : undefined}
      className={header || footer ? `${className ?? ''} overflow-hidden` : className}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        // The browser's own close request (e.g. a back gesture): the caller decides, by unmounting.
        e.preventDefault();
        onClose();
      }}
    >
      {header || footer ? (
        <Framed header={header} footer={footer}>
          {children}
        </Framed>
      ) : (
        children
      )}
    </dialog>
  );
}

/** Header and footer fixed, the body scrolling: the column is no taller than the browser lets a modal be (the window less its margins). */
function Framed({ header, footer, children }: { header: ReactNode; footer: ReactNode; children: ReactNode }) {
  return (
    <div className="flex max-h-[calc(100dvh-2.5rem)] flex-col">
      {header && <div className="shrink-0 border-b border-slate-200 px-4 pt-3 pb-2">{header}</div>}
      <div className="min-h-0 flex-1 space-y-3 overflow-y-auto p-4">{children}</div>
      {footer && <div className="shrink-0 border-t border-slate-200 px-4 py-3">{footer}</div>}
    </div>
  );
}
