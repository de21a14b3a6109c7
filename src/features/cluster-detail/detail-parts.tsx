import type { ReactNode } from 'react';
import { NotStated } from '@/components/not-stated';
import { provenanceText, type Provenance } from '@/domain/provenance';
import { useAppStore } from '@/stores/app-store';

/** A titled block of the detail panel. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-t border-slate-200 pt-2">
      <h3 className="mb-1 text-sm font-bold text-brand-900">{title}</h3>
      {children}
    </section>
  );
}

/** One term/value pair; a missing value reads as a gap in the sources, never as blank. */
export function Field({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="grid grid-cols-[7.5rem_minmax(0,1fr)] gap-x-2">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="min-w-0">{empty ? <NotStated /> : children}</dd>
    </div>
  );
}

/**
 * Where a fact comes from, set apart from the fact: 'editorial' for our own layer (taxonomy, tags,
 * map positions), 'inferred' for a value we inferred (with the dataset's English reason), 'stated'
 * for the edition and table.
 */
export function ProvenanceMark({ source }: { source: Provenance }) {
  const reasonLang = useAppStore((s) => (s.language === 'en' ? undefined : 'en'));
  const style =
    source.kind === 'stated' ? 'text-slate-700' : 'rounded bg-amber-50 px-1 text-amber-950 ring-1 ring-amber-700';
  return (
    <span data-provenance={source.kind} className={`ml-1 text-xs italic ${style}`}>
      {source.kind === 'yours' ? provenanceText(source) : source.text}
      {source.reason && (
        <>
          : <span lang={reasonLang}>{source.reason}</span>
        </>
      )}
    </span>
  );
}
