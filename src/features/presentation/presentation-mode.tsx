import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/dialog';
import { formatNumber } from '@/domain/format';
import { termNameIn } from '@/domain/vocabulary';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useMeetingList } from '@/hooks/use-meeting-list';
import { usePrimarySector, useRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { buildDeck, slideHeading } from '@/features/presentation/plan-deck';
import { Handout } from '@/features/presentation/handout';
import { PlanSlide } from '@/features/presentation/plan-slides';
import { TOP_N, keyStep } from '@/features/presentation/presentation-model';
import { useFullscreen } from '@/features/presentation/use-fullscreen';

export type OverviewMap = (where: 'screen' | 'print') => ReactNode;

interface PresentationModeProps {
  /** Drawn beside each match (the app passes the map feature's spotlight map, which follows the selection). */
  map?: ReactNode;
  /** The overview slide's map of the states (the app passes the map feature's state map). */
  overviewMap?: OverviewMap;
}

/**
 * Presenting the plan on a projector: a title slide, the state map, the meeting agenda and the
 * top matches, one per slide; printed, the same slides make a handout, one landscape page each.
 */
export function PresentationMode({ map, overviewMap }: PresentationModeProps) {
  const { t } = useTranslation('presentation');
  const dataset = useDatasetValue();
  const ranking = useRanking();
  const sectorId = usePrimarySector();
  const euClusterId = useAppStore((s) => s.profile.euClusterId);
  const language = useAppStore((s) => s.language);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const select = useAppStore((s) => s.select);
  const { event, rows } = useMeetingList();
  const [index, setIndex] = useState(0);

  const top = useMemo(() => ranking.slice(0, TOP_N), [ranking]);
  const sectorName = sectorId ? (termNameIn(dataset.sectors, sectorId) ?? null) : null;
  const euClusterName = dataset.eu.euClusters.find((c) => c.id === euClusterId)?.name ?? null;
  // The slides carry their wording (dates, state gap, ECCP pill, label): a language switch rebuilds them.
  const deck = useMemo(
    () => (top.length === 0 ? [] : buildDeck({ event, euClusterName, sectorName, rows, matches: top })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [event, euClusterName, sectorName, rows, top, language],
  );
  const current = Math.min(index, Math.max(0, deck.length - 1));
  const slide = deck[current];
  const next = deck[current + 1];

  const leave = useCallback(() => setPresenting(false), [setPresenting]);
  useFullscreen(leave);

  // The map behind follows, so it shows the last presented match when the room leaves the slides.
  const slideId = slide?.kind === 'match' ? slide.slide.clusterId : null;
  useEffect(() => {
    if (slideId) select(slideId);
  }, [slideId, select]);

  // Arrows, Page Up/Down and Home/End step through the slides (the Dialog handles Tab and Escape).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
      const step = keyStep(e.key, current, deck.length);
      if (!step) return;
      e.preventDefault();
      if (step.kind === 'leave') leave();
      else setIndex(step.index);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, deck.length, leave]);

  return (
    <>
      {/* The slide itself holds the focus (so a screen reader reads it and the arrows work); Tab
          alternates between it and the leave button. The selection that follows the slides opens
          the cluster detail behind, which tries to take the focus: the modal keeps it here. */}
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
          <div className="flex min-h-0 flex-1 gap-[3vw]" data-slide={slide.kind}>
            <PlanSlide slide={slide} overviewMap={overviewMap?.('screen')} />
            {slide.kind === 'match' && map && (
              // Beside the match on a wide screen; a 4:3 projector gives the slide the whole width.
              <figure className="hidden w-[34%] shrink-0 flex-col gap-2 [@media(min-aspect-ratio:3/2)]:flex">
                <div className="min-h-0 flex-1">{map}</div>
                <figcaption className="text-brand-100">
                  {t('mapCaption', { n: formatNumber(top.length, 0) })}
                </figcaption>
              </figure>
            )}
          </div>
        ) : (
          <p className="m-auto max-w-3xl text-center text-[length:max(22px,3.35vh)]">{t('empty')}</p>
        )}
        <footer className="flex items-end justify-between gap-6 border-t-2 border-brand-600 pt-[1.5vh] text-[length:max(18px,2.6vh)]">
          <p className="min-w-0 wrap-anywhere text-slate-100">
            {next ? t('next', { name: slideHeading(next) }) : t('last')}
          </p>
          <p aria-hidden="true" className="shrink-0 text-brand-100">
            {t('keys')}
          </p>
        </footer>
      </Dialog>
      {deck.length > 0 && <Handout deck={deck} overviewMap={overviewMap?.('print')} />}
    </>
  );
}
