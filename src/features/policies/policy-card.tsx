import { useId } from 'react';
import { NotStated } from '@/components/not-stated';
import { SafeLink } from '@/components/safe-link';
import type { ItemFact } from '@/features/policies/policy-items';
import type { PolicyItem } from '@/features/policies/policy-model';
import { StatusBadge } from '@/features/policies/status-badge';

/** Figures shown up front; the rest (the Nuevo León policy lists a dozen) go behind "More". */
const FIRST_FIGURES = 3;

function Facts({ facts, label }: { facts: readonly ItemFact[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-col text-sm">
      {facts.map((f, i) => (
        <li key={`${f.label}-${i}`}>
          <span className="text-slate-700">{f.label}:</span>{' '}
          {f.value === null ? <NotStated /> : <strong className="font-semibold">{f.value}</strong>}
        </li>
      ))}
    </ul>
  );
}

export function PolicyCard({ item }: { item: PolicyItem }) {
  const titleId = useId();
  const first = item.figures.slice(0, FIRST_FIGURES);
  const rest = item.figures.slice(FIRST_FIGURES);
  const [firstSource, ...moreSources] = item.sources;
  const more = rest.length + moreSources.length + (item.website === null ? 1 : 0);
  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-1 rounded-lg border border-slate-200 p-2">
      <h4 id={titleId} className="text-sm font-bold text-slate-900">
        {item.name}
      </h4>
      {item.originalName && item.originalName !== item.name && (
        <p lang="es" className="text-sm italic text-slate-800">
          {item.originalName}
        </p>
      )}
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-900">
        <StatusBadge status={item.status} />
        <span>{item.level}</span>
        <span aria-hidden="true">·</span>
        <span>{item.years}</span>
      </p>
      {item.statusNote && <p className="text-xs text-slate-800">{item.statusNote}</p>}
      <p className="text-xs font-semibold text-brand-700">{item.relevanceText}</p>
      <p className="text-sm text-slate-900">{item.summary}</p>
      {item.details.length > 0 && <Facts facts={item.details} label={`Details of ${item.name}`} />}
      {first.length > 0 && <Facts facts={first} label={`Key figures of ${item.name}`} />}
      <p className="text-xs text-slate-700">Source: {firstSource}</p>
      {item.website && (
        <p className="text-xs text-slate-700">
          Website: <SafeLink href={item.website} />
        </p>
      )}
      {more > 0 && (
        <details className="text-sm">
          <summary className="w-fit cursor-pointer font-semibold text-brand-700">More figures and sources</summary>
          {rest.length > 0 && <Facts facts={rest} label={`More figures of ${item.name}`} />}
          {moreSources.length > 0 && (
            <ul aria-label={`More sources of ${item.name}`} className="text-xs text-slate-700">
              {moreSources.map((s) => (
                <li key={s}>Source: {s}</li>
              ))}
            </ul>
          )}
          {item.website === null && (
            <p className="text-xs text-slate-700">
              Website: <NotStated />
            </p>
          )}
        </details>
      )}
    </article>
  );
}
