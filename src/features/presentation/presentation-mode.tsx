import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/dialog';
import { formatNumber } from '@/domain/format';
import { useRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { TOP_N, buildSlide, keyStep } from '@/features/presentation/presentation-model';
import { SlideView } from '@/features/presentation/slide-view';
import { useFullscreen } from '@/features/presentation/use-fullscreen';

/**
 * Full-screen walk through the top matches for a projector; rendered by the app while presenting.
 * `map` is drawn beside the slide (the app passes the map feature's spotlight map, which follows
 * the selection).
 */
export function PresentationMode({ map }: { map?: ReactNode }) {
  const { t } = useTranslation('presentation');
  const ranking = useRanking();
  const language = useAppStore((s) => s.language);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const select = useAppStore((s) => s.select);
  const [index, setIndex] = useState(0);

  const top = useMemo(() => ranking.slice(0, TOP_N), [ranking]);
  const current = Math.min(index, Math.max(0, top.length - 1));
  // The slide carries its wording (state gap, ECCP pill, label): a language switch rebuilds it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const slide = useMemo(() => buildSlide(top, current), [top, current, language]);

  const leave = useCallback(() => setPresenting(false), [setPresenting]);
  useFullscreen(leave);

  // The map behind follows, so it shows the last presented match when the room leaves the slides.
  const slideId = slide?.clusterId ?? null;
  useEffect(() => {
    if (slideId) select(slideId);
  }, [slideId, select]);

  // Arrows, Page Up/Down and Home/End step through the slides (the Dialog handles Tab and Escape).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
      const step = keyStep(e.key, current, top.length);
      if (!step) return;
      e.preventDefault();
      if (step.kind === 'leave') leave();
      else setIndex(step.index);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, top.length, leave]);

  return (
    // The slide itself holds the focus (so a screen reader reads it and the arrows work); Tab
    // alternates between it and the leave button. The selection that follows the slides opens the
    // cluster detail behind, which tries to take the focus: the modal keeps it here, or Esc would
    // close the detail instead of the slides.
    <Dialog
      label={t('dialog')}
      onClose={leave}
      focusSelf
      className="fixed inset-0 flex h-full max-h-none w-full max-w-none flex-col gap-4 overflow-auto bg-brand-900 px-[4vw] py-[3.5vh] text-[length:max(18px,2.6vh)] text-white focus-visible:outline-4 focus-visible:-outline-offset-8 focus-visible:outline-white"
    >
      <button
        type="button"
        onClick={leave}
        className="sr-only rounded-lg border-2 border-white bg-brand-900 px-4 py-1 text-[length:max(18px,2.6vh)] focus:not-sr-only focus:absolute focus:top-2 focus:right-4"
      >
        {t('leave')}
      </button>
      {slide ? (
        <div className="flex min-h-0 flex-1 gap-[3vw]">
          <SlideView slide={slide} />
          {map && (
            <figure className="flex w-[34%] shrink-0 flex-col gap-2">
              <div className="min-h-0 flex-1">{map}</div>
              <figcaption className="text-brand-100">{t('mapCaption', { n: formatNumber(top.length, 0) })}</figcaption>
            </figure>
          )}
        </div>
      ) : (
        <p className="m-auto max-w-3xl text-center text-[length:max(22px,3.35vh)]">{t('empty')}</p>
      )}
      <footer className="flex items-end justify-between gap-6 border-t-2 border-brand-600 pt-[1.5vh] text-[length:max(18px,2.6vh)]">
        <p className="min-w-0 wrap-anywhere text-slate-100">
          {slide?.nextName ? t('next', { name: slide.nextName }) : t('last')}
        </p>
        <p aria-hidden="true" className="shrink-0 text-brand-100">
          {t('keys')}
        </p>
      </footer>
    </Dialog>
  );
}
