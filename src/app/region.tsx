import type { ReactNode } from 'react';

/** A labelled landmark: tests and screen readers find each part of the dashboard by name. */
export function Region({
  label,
  children,
  className = '',
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-label={label}
      className={`min-h-0 rounded-xl border border-slate-200 bg-white shadow-sm ${className}`}
    >
      {children}
    </section>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="p-3 text-slate-600">
      Loading {what}…
    </p>
  );
}
