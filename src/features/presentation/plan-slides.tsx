import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/domain/format';
import type { DeckSlide, TitleSlide } from '@/features/presentation/plan-deck';
import { SlideView } from '@/features/presentation/slide-view';
import { TYPE } from '@/features/presentation/type-scale';
import { useAppStore } from '@/stores/app-store';

// Names wrap (never an ellipsis): long words break anywhere rather than run off the slide.
const ARTICLE = 'flex min-w-0 flex-1 flex-col gap-[1.8vh] wrap-anywhere';
const HEADING = `leading-tight font-extrabold text-balance ${TYPE.title}`;

function TitleView({ slide }: { slide: TitleSlide }) {
  const { t } = useTranslation('plan');
  return (
    <article className={`${ARTICLE} justify-center`}>
      <p className={`font-semibold text-brand-100 ${TYPE.small}`}>{t('title.kicker')}</p>
      <h2 className={HEADING}>{slide.event}</h2>
      <p className={`text-slate-100 ${TYPE.state}`}>{slide.when}</p>
      <div className={`space-y-[0.8vh] ${TYPE.body}`}>
        <p>{slide.euCluster ? t('title.euCluster', { name: slide.euCluster }) : t('title.noEuCluster')}</p>
        {slide.sector && <p>{t('title.sector', { sector: slide.sector })}</p>}
        <p>
          {slide.meetings > 0
            ? t('title.meetings', { count: slide.meetings, n: formatNumber(slide.meetings, 0) })
            : t('title.noMeetings')}
        </p>
      </div>
    </article>
  );
}

const CELL = 'py-[0.6vh] pr-[1.5vw] align-top';

function AgendaView({ slide }: { slide: Extract<DeckSlide, { kind: 'agenda' }> }) {
  const { t } = useTranslation('plan');
  const nameLang = useAppStore((s) => (s.language === 'es' ? undefined : 'es'));
  return (
    <article className={ARTICLE}>
      <h2 className={HEADING}>
        {slide.pages > 1
          ? t('agenda.headingPage', { page: formatNumber(slide.page, 0), pages: formatNumber(slide.pages, 0) })
          : t('agenda.heading')}
      </h2>
      <table className={`w-full border-collapse text-left leading-snug ${TYPE.body}`}>
        <thead className={`text-brand-100 ${TYPE.small}`}>
          <tr className="border-b-2 border-brand-600">
            {[t('agenda.order'), t('agenda.time'), t('agenda.partner'), t('agenda.score')].map((head) => (
              <th key={head} scope="col" className={CELL}>
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((row) => (
            <tr key={row.order} className="border-b border-brand-600">
              <td className={`${CELL} tabular-nums`}>{formatNumber(row.order, 0)}</td>
              <td className={`${CELL} whitespace-nowrap tabular-nums`}>{row.time}</td>
              <td className={CELL}>
                <span lang={nameLang} className="font-bold">
                  {row.name}
                </span>
                <span className={`block text-slate-100 ${TYPE.small}`}>{row.state}</span>
              </td>
              <td className={`${CELL} tabular-nums`}>{row.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

function OverviewView({ sector, map }: { sector: string | null; map: ReactNode }) {
  const { t } = useTranslation('plan');
  return (
    <article className={ARTICLE}>
      <h2 className={HEADING}>{sector ? t('overview.title', { sector }) : t('overview.titleGeneral')}</h2>
      <div className="min-h-0 flex-1">{map}</div>
    </article>
  );
}

/** One slide of the plan, whatever its kind; `overviewMap` is the state map the app hands in. */
export function PlanSlide({ slide, overviewMap }: { slide: DeckSlide; overviewMap?: ReactNode }) {
  switch (slide.kind) {
    case 'title':
      return <TitleView slide={slide} />;
    case 'overview':
      return <OverviewView sector={slide.sector} map={overviewMap} />;
    case 'agenda':
      return <AgendaView slide={slide} />;
    case 'match':
      return <SlideView slide={slide.slide} />;
  }
}
