import { useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { HIDE_IN_PRINT, usePrintAlone } from '@/components/print-alone';

interface PrintSheetProps {
  /** The dialog's accessible name. */
  label: string;
  printLabel: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A full-window view of what is about to be printed, with Print and Close buttons that stay off paper;
 * everything else on the page is hidden while printing (A4 by the @page rule in index.css).
 */
export function PrintSheet({ label, printLabel, closeLabel, onClose, children }: PrintSheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  usePrintAlone(ref);
  return createPortal(
    // A body child, so printing can hide everything else. On paper the dialog leaves the viewport
    // box (top-layer elements are never static) and grows with its rows across pages.
    <Dialog
      ref={ref}
      label={label}
      onClose={onClose}
      className="fixed inset-0 h-full max-h-none w-full max-w-none overflow-auto bg-white p-6 text-slate-900 backdrop:bg-transparent print:absolute print:bottom-auto print:h-auto print:overflow-visible print:p-0"
    >
      <div className={`mb-4 flex gap-2 ${HIDE_IN_PRINT}`}>
        <Button variant="primary" size="md" onClick={() => window.print()}>
          {printLabel}
        </Button>
        <Button variant="neutral" size="md" onClick={onClose}>
          {closeLabel}
        </Button>
      </div>
      {children}
    </Dialog>,
    document.body,
  );
}
