// The plan as a deck of slides: a title (event, EU cluster, date), the overview map, the meeting
// agenda in pages that fit a projector, then the ranking, one match per slide. Pure, so which
// slides exist and what they say is unit-tested.
import type { MeetingEvent } from '@/domain/event';
import { meetingTimeCell } from '@/domain/meeting-rows';
import { formatIsoDate, formatNumber, formatPoints, notStated } from '@/domain/format';
import { meetingPartnerName, type MeetingRow } from '@/domain/meeting-rows';
import type { Match } from '@/domain/ranking/types';
import { buildSlide, type Slide } from '@/features/presentation/presentation-model';
import { tr } from '@/i18n/i18n';

/** Meetings per agenda slide: six rows of two-line names fit 1024×768 in slide type. */
export const AGENDA_ROWS = 6;

export interface AgendaRow {
  order: number;
  time: string;
  name: string;
  state: string;
  /** '66.9', or '' for a partner the dataset no longer has. */
  score: string;
}

export interface TitleSlide {
  kind: 'title';
  event: string;
  /** '20 Oct 2026 · Mexico City' */
  when: string;
  euCluster: string | null;
  sector: string | null;
  meetings: number;
}

export type DeckSlide =
  | TitleSlide
  | { kind: 'overview'; sector: string | null }
  | { kind: 'agenda'; rows: AgendaRow[]; page: number; pages: number }
  | { kind: 'match'; slide: Slide };

export interface PlanInput {
  event: MeetingEvent;
  euClusterName: string | null;
  /** The chosen sector's name, or null. */
  sectorName: string | null;
  /** The shortlist as meeting rows, in meeting order (empty: no agenda slides). */
  rows: readonly MeetingRow[];
  /** The ranking's top matches, one slide each. */
  matches: readonly Match[];
}

function agendaRow(row: MeetingRow): AgendaRow {
  return {
    order: row.order,
    time: meetingTimeCell(row.meeting),
    name: meetingPartnerName(row),
    state: row.stateName ?? notStated(),
    score: row.score === null ? '' : formatPoints(row.score),
  };
}

export function buildDeck({ event, euClusterName, sectorName, rows, matches }: PlanInput): DeckSlide[] {
  const title: TitleSlide = {
    kind: 'title',
    event: event.name || tr('plan:untitledEvent'),
    when: [formatIsoDate(event.date), event.place].filter(Boolean).join(' · '),
    euCluster: euClusterName,
    sector: sectorName,
    meetings: rows.length,
  };
  const deck: DeckSlide[] = [title, { kind: 'overview', sector: sectorName }];
  const pages = Math.ceil(rows.length / AGENDA_ROWS);
  for (let page = 0; page < pages; page++) {
    const slice = rows.slice(page * AGENDA_ROWS, (page + 1) * AGENDA_ROWS);
    deck.push({ kind: 'agenda', rows: slice.map(agendaRow), page: page + 1, pages });
  }
  matches.forEach((_, i) => {
    const slide = buildSlide(matches, i);
    if (slide) deck.push({ kind: 'match', slide });
  });
  return deck;
}

/** What the footer announces as coming next. */
export function slideHeading(slide: DeckSlide): string {
  switch (slide.kind) {
    case 'title':
      return slide.event;
    case 'overview':
      return tr('plan:overview.heading');
    case 'agenda':
      return slide.pages > 1
        ? tr('plan:agenda.headingPage', { page: formatNumber(slide.page, 0), pages: formatNumber(slide.pages, 0) })
        : tr('plan:agenda.heading');
    case 'match':
      return slide.slide.name;
  }
}
