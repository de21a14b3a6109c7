import { useTranslation } from 'react-i18next';
import { CRITERION_BG } from '@/components/criterion-colors';
import { formatNumber, formatPoints } from '@/domain/format';
import { criterionLabel } from '@/domain/profile';
import type { Slide } from '@/features/presentation/presentation-model';
import { TYPE } from '@/features/presentation/type-scale';
import { useAppStore } from '@/stores/app-store';

const PILL = 'rounded-lg border-2 border-white px-4 py-1';

/** One match, readable from the back of a room: white on navy, large type, every colour named in text. */
export function SlideView({ slide }: { slide: Slide }) {
  const { t } = useTranslation('presentation');
  // Cluster names are the Spanish sources' own.
  const nameLang = useAppStore((s) => (s.language === 'es' ? undefined : 'es'));
  return (
    // No min-h-0: a slide taller than the screen scrolls instead of shrinking the title to nothing.
    <article className="flex min-w-0 flex-1 flex-col gap-[1.8vh] wrap-anywhere">
      <div className={`flex items-baseline justify-between gap-6 font-semibold text-brand-100 ${TYPE.small}`}>
        <p>{t('slide.rank', { n: formatNumber(slide.rank, 0) })}</p>
        <p aria-live="polite" className="tabular-nums">
          <span className="sr-only">{t('slide.match')} </span>
          {slide.position}
        </p>
      </div>
      <h2 lang={nameLang} className={`leading-tight font-extrabold text-balance ${TYPE.title}`}>
        {slide.name}
      </h2>
      <p className={`text-slate-100 ${TYPE.state}`}>{slide.state}</p>
      <div className="flex items-center gap-6">
        <div aria-hidden="true" className="flex h-[3vh] flex-1 overflow-hidden rounded-full bg-slate-200">
          {slide.criteria.map((c) =>
            c.contribution > 0 ? (
              <span
                key={c.id}
                className={`h-full border-r-2 border-white ${CRITERION_BG[c.id]}`}
                style={{ width: `${Math.min(100, c.contribution)}%` }}
              />
            ) : null,
          )}
        </div>
        <p className={`shrink-0 font-bold tabular-nums ${TYPE.score}`}>{t('slide.score', { total: slide.total })}</p>
      </div>
      {/* The colours alone mean nothing to the room: each part of the bar is named with its points. */}
      <ul aria-label={t('slide.byCriterion')} className={`flex flex-wrap gap-x-8 gap-y-1 text-slate-100 ${TYPE.small}`}>
        {slide.criteria
          .filter((c) => c.contribution > 0)
          .map((c) => (
            <li key={c.id} className="inline-flex items-center gap-3">
              <span
                aria-hidden="true"
                className={`h-[0.8em] w-[0.8em] rounded border-2 border-white ${CRITERION_BG[c.id]}`}
              />
              {`${criterionLabel(c.id)} ${formatPoints(c.contribution)}`}
            </li>
          ))}
      </ul>
      <div className={`flex flex-wrap gap-3 ${TYPE.small}`}>
        <span className={PILL}>{slide.labelText}</span>
        <span className={PILL}>{slide.eccpText}</span>
      </div>
      {slide.reasons.length > 0 && (
        <ul aria-label={t('slide.why')} className={`list-disc space-y-[0.8vh] pl-[1.2em] leading-snug ${TYPE.body}`}>
          {slide.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
