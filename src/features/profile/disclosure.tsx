import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/button';

interface DisclosureProps {
  /** The button's accessible name; kept free of counts so it stays stable for tests and users. */
  label: string;
  /** Short status (e.g. "2 chosen"), read as the button's description. */
  summary?: string;
  defaultOpen?: boolean;
  children: ReactNode;
}

export function Disclosure({ label, summary, defaultOpen = false, children }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  const summaryId = useId();
  return (
    <div>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <Button
          variant="ghost"
          aria-expanded={open}
          aria-controls={panelId}
          aria-describedby={summary ? summaryId : undefined}
          onClick={() => setOpen((o) => !o)}
          className="flex items-center gap-1 whitespace-nowrap"
        >
          <span aria-hidden="true" className="inline-block w-3">
            {open ? '▾' : '▸'}
          </span>
          {label}
        </Button>
        {summary && (
          <span id={summaryId} className="text-xs text-slate-600">
            {summary}
          </span>
        )}
      </div>
      <div id={panelId} hidden={!open} className="pt-1">
        {children}
      </div>
    </div>
  );
}
