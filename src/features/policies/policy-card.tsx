import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NotStated } from '@/components/not-stated';
import { SafeLink } from '@/components/safe-link';
import type { ItemFact } from '@/features/policies/policy-items';
import type { PolicyItem } from '@/features/policies/policy-model';
import { StatusBadge } from '@/features/policies/status-badge';
import { useAppStore } from '@/stores/app-store';

/** Figures shown up front; the rest (the Nuevo León policy lists a dozen) go behind "More". */
const FIRST_FIGURES = 3;

interface FactsProps {
  facts: readonly ItemFact[];
  label: string;
  /** The language of the fact labels when it differs from the page's (labels from the dataset). */
  labelLang?: string;
}

function Facts({ facts, label, labelLang }: FactsProps) {
  return (
    <ul aria-label={label} className="flex flex-col text-sm">
      {facts.map((f, i) => (
        <li key={`${f.label}-${i}`}>
          <span lang={labelLang} className="text-slate-700">
            {f.label}:
          </span>{' '}
          {f.value === null ? <NotStated /> : <strong className="font-semibold">{f.value}</strong>}
        </li>
      ))}
    </ul>
  );
}

export function PolicyCard({ item }: { item: PolicyItem }) {
  const { t } = useTranslation('policies');
  const { t: tp } = useTranslation('provenance');
  const language = useAppStore((s) => s.language);
  // Names, summaries, figure labels and sources are the dataset's English; original names are Spanish.
  const dataLang = language === 'en' ? undefined : 'en';
  const originalLang = language === 'es' ? undefined : 'es';
  const titleId = useId();
  const first = item.figures.slice(0, FIRST_FIGURES);
  const rest = item.figures.slice(FIRST_FIGURES);
  const [firstSource, ...moreSources] = item.sources;
  const more = rest.length + moreSources.length + (item.website === null ? 1 : 0);
  const name = { name: item.name };
  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-1 rounded-lg border border-slate-200 p-2">
      <h4 id={titleId} lang={dataLang} className="text-sm font-bold text-slate-900">
        {item.name}
      </h4>
      {item.originalName && item.originalName !== item.name && (
        <p lang={originalLang} className="text-sm italic text-slate-800">
          {item.originalName}
        </p>
      )}
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-900">
        <StatusBadge status={item.status} />
        <span>{item.level}</span>
        <span aria-hidden="true">·</span>
        <span>{item.years}</span>
      </p>
      {item.asOfNote && <p className="text-xs font-medium text-slate-900">{item.asOfNote}</p>}
      {item.statusInferred && (
        <p data-provenance="inferred" className="text-xs text-amber-950">
          {tp('inferredBy')}: <span lang={dataLang}>{item.statusInferred}</span>
        </p>
      )}
      {item.statusNote && (
        <p lang={dataLang} className="text-xs text-slate-800">
          {item.statusNote}
        </p>
      )}
      <p className="text-xs font-semibold text-brand-700">{item.relevanceText}</p>
      <p lang={dataLang} className="text-sm text-slate-900">
        {item.summary}
      </p>
      {item.details.length > 0 && <Facts facts={item.details} label={t('card.details', name)} />}
      {first.length > 0 && <Facts facts={first} label={t('card.keyFigures', name)} labelLang={dataLang} />}
      <p className="text-xs text-slate-700">
        {t('card.source')} <span lang={dataLang}>{firstSource}</span>
      </p>
      {item.website && (
        <p className="text-xs text-slate-700">
          {t('card.website')} <SafeLink href={item.website} />
        </p>
      )}
      {more > 0 && (
        <details className="text-sm">
          <summary className="w-fit cursor-pointer font-semibold text-brand-700">{t('card.more')}</summary>
          {rest.length > 0 && <Facts facts={rest} label={t('card.moreFigures', name)} labelLang={dataLang} />}
          {moreSources.length > 0 && (
            <ul aria-label={t('card.moreSources', name)} className="text-xs text-slate-700">
              {moreSources.map((s) => (
                <li key={s}>
                  {t('card.source')} <span lang={dataLang}>{s}</span>
                </li>
              ))}
            </ul>
          )}
          {item.website === null && (
            <p className="text-xs text-slate-700">
              {t('card.website')} <NotStated />
            </p>
          )}
        </details>
      )}
    </article>
  );
}
