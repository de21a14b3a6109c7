import { CRITERION_BG } from '@/components/criterion-colors';
import type { Slide } from '@/features/presentation/presentation-model';

const PILL = 'rounded-lg border-2 border-white px-4 py-1';

/** One match, readable from the back of a room: white on navy, 28px and up. */
export function SlideView({ slide }: { slide: Slide }) {
  return (
    <article className="flex min-h-0 flex-1 flex-col gap-5">
      <div className="flex items-baseline justify-between gap-6 text-[28px] font-semibold text-brand-100">
        <p>Rank {slide.rank}</p>
        <p aria-live="polite" className="tabular-nums">
          <span className="sr-only">Match </span>
          {slide.position}
        </p>
      </div>
      <h2 className="line-clamp-2 text-[56px] leading-tight font-extrabold">{slide.name}</h2>
      <p className="text-[32px] text-slate-100">{slide.state}</p>
      <div className="flex items-center gap-6">
        <div aria-hidden="true" className="flex h-8 flex-1 overflow-hidden rounded-full bg-slate-200">
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
        <p className="shrink-0 text-[40px] font-bold tabular-nums">Score {slide.total} / 100</p>
      </div>
      <div className="flex flex-wrap gap-3 text-[28px]">
        <span className={PILL}>{slide.labelText}</span>
        <span className={PILL}>{slide.eccpText}</span>
      </div>
      {slide.reasons.length > 0 && (
        <ul aria-label="Why this match" className="list-disc space-y-2 pl-10 text-[28px] leading-snug">
          {slide.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
