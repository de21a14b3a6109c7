import { useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { usePrintAlone } from '@/components/print-alone';
import type { DeckSlide } from '@/features/presentation/plan-deck';
import { PlanSlide } from '@/features/presentation/plan-slides';
import '@/features/presentation/handout.css';

/**
 * The slides on paper: hidden on screen, and while presenting the only thing printed, one
 * landscape A4 page per slide, in the slides' own colours (the room's handout or a PDF).
 */
export function Handout({ deck, overviewMap }: { deck: readonly DeckSlide[]; overviewMap?: ReactNode }) {
  const own = useRef<HTMLDivElement>(null);
  usePrintAlone(own);
  return createPortal(
    // A copy of what the slides say: hidden from assistive tech (and from the screen).
    <div ref={own} className="plan-handout hidden print:block" aria-hidden="true">
      {deck.map((slide, i) => (
        <section key={i} className="plan-handout-page flex flex-col bg-brand-900 text-white">
          <PlanSlide slide={slide} overviewMap={overviewMap} />
        </section>
      ))}
    </div>,
    document.body,
  );
}
