import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<Id extends string> {
  id: Id;
  label: ReactNode;
  content: ReactNode;
  /** Classes of the tab panel (padding, scrolling); the panel fills the space under the tabs. */
  panelClassName?: string;
}

interface TabsProps<Id extends string> {
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** The tab list's id (a skip link's target). */
  id?: string;
  className?: string;
}

const STEP: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs, Tab goes on
 * into the open panel. A panel mounts when it is first opened (the first screen does not build the
 * tabs nobody has looked at yet) and then stays mounted, so it keeps its state (expanded groups,
 * scroll position) while another is shown.
 */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect, id, className = '' }: TabsProps<Id>) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (id: Id) => `${base}-tab-${id}`;
  const panelId = (id: Id) => `${base}-panel-${id}`;
  const [opened, setOpened] = useState<ReadonlySet<Id>>(() => new Set([selected]));
  // Adjusted during render, so a newly opened panel never shows a frame without its content.
  if (!opened.has(selected)) setOpened(new Set([...opened, selected]));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const current = tabs.findIndex((t) => t.id === selected);
    const next = tabs[step(Math.max(0, current), tabs.length)];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next.id))}`)?.focus();
  };

  return (
    <div className={`flex min-h-0 flex-col ${className}`}>
      <div
        ref={list}
        id={id}
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="flex shrink-0 flex-wrap gap-1 border-b border-slate-300 px-2 pt-2"
      >
        {tabs.map((tab) => {
          const on = tab.id === selected;
          return (
            <button
              key={tab.id}
              id={tabId(tab.id)}
              type="button"
              role="tab"
              aria-selected={on}
              aria-controls={panelId(tab.id)}
              tabIndex={on ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm font-semibold ${
                on
                  ? 'border-slate-300 border-b-white bg-white text-brand-900'
                  : 'border-transparent text-brand-700 hover:bg-brand-50 hover:underline'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={panelId(tab.id)}
          role="tabpanel"
          aria-labelledby={tabId(tab.id)}
          hidden={tab.id !== selected}
          // Focusable so keyboard users can scroll a panel that starts with text.
          tabIndex={0}
          className={`min-h-0 flex-1 ${tab.panelClassName ?? ''}`}
        >
          {opened.has(tab.id) || tab.id === selected ? tab.content : null}
        </div>
      ))}
    </div>
  );
}
