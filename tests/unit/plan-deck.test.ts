import { describe, expect, it } from 'vitest';
import { DEFAULT_EVENT as TODAY_EVENT, type ShortlistEntry } from '@/domain/event';

// A fixed date: the default event's date follows the clock.
const DEFAULT_EVENT = { ...TODAY_EVENT, date: '2026-10-20' };
import { buildMeetingRows } from '@/domain/meeting-rows';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { buildSchedule } from '@/domain/schedule';
import { AGENDA_ROWS, buildDeck, slideHeading, type DeckSlide } from '@/features/presentation/plan-deck';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';

const { dataset } = shortlistParsed();
const ranking = rankAll({ ...defaultProfile('2026-01-15'), sectors: ['aerospace'] }, buildIndex(dataset), {
  weights: DEFAULT_WEIGHTS,
  expiredLabelFactor: 0.5,
});

function deckFor(ids: readonly string[]): DeckSlide[] {
  const entries: ShortlistEntry[] = ids.map((clusterId) => ({ clusterId, note: '' }));
  const rows = buildMeetingRows(entries, buildSchedule(DEFAULT_EVENT, entries), ranking);
  return buildDeck({
    event: DEFAULT_EVENT,
    euClusterName: 'ACstyria Mobilitätscluster',
    sectorName: 'Aerospace',
    rows,
    matches: ranking.all.slice(0, 3),
  });
}

describe('the plan deck', () => {
  it('opens with the event, the EU cluster and the date, then the overview map, then one slide per match', () => {
    const deck = deckFor([]);
    expect(deck.map((s) => s.kind)).toEqual(['title', 'overview', 'match', 'match', 'match']);
    expect(deck[0]).toEqual({
      kind: 'title',
      event: 'EU–Mexico cluster matchmaking',
      when: '20 Oct 2026 · Mexico City',
      euCluster: 'ACstyria Mobilitätscluster',
      sector: 'Aerospace',
      meetings: 0,
    });
    expect(deck.slice(2).map((s) => (s.kind === 'match' ? s.slide.name : ''))).toEqual(
      ranking.all.slice(0, 3).map((m) => m.cluster.name),
    );
  });

  it('puts the agenda in meeting order on pages that fit a projector', () => {
    const others = dataset.clusters.map((c) => c.id).filter((id) => id !== IDS.queretaro && id !== IDS.ict);
    // Partners an old list names but the dataset lost are rows too: they fill the second page.
    const gone = ['gone-1', 'gone-2', 'gone-3', 'gone-4'];
    const ids = [IDS.queretaro, others[0] ?? '', IDS.ict, ...others.slice(1), ...gone];
    expect(ids.length).toBeGreaterThan(AGENDA_ROWS);
    const deck = deckFor(ids);
    const agenda = deck.filter((s) => s.kind === 'agenda');
    expect(agenda).toHaveLength(Math.ceil(ids.length / AGENDA_ROWS));
    const pages = agenda.length;
    expect(agenda.map((s) => [s.page, s.pages])).toEqual(agenda.map((_, i) => [i + 1, pages]));
    expect(agenda.map((s) => s.rows.length)).toEqual(
      agenda.map((_, i) => Math.min(AGENDA_ROWS, ids.length - i * AGENDA_ROWS)),
    );
    expect(agenda.flatMap((s) => s.rows.map((r) => r.order))).toEqual(ids.map((_, i) => i + 1));
    const [first] = agenda;
    expect(first?.rows[0]).toMatchObject({ order: 1, time: '09:00–09:20', name: 'Clúster Aeroespacial de Querétaro' });
    expect(first?.rows[0]?.score).toMatch(/^\d+(\.\d)?$/);
    // The ICT cluster's state is not in the sources: said so, never left blank.
    expect(first?.rows[2]?.state).toBe('not stated in the sources');
    expect(deck.map((s) => s.kind).slice(0, 2 + pages)).toEqual(['title', 'overview', ...agenda.map(() => 'agenda')]);
  });

  it('names each slide for the footer, and a partner the dataset lost by its id', () => {
    const deck = deckFor(['gone-cluster']);
    expect(deck.map(slideHeading).slice(0, 3)).toEqual([
      'EU–Mexico cluster matchmaking',
      'Overview map',
      'Meeting agenda',
    ]);
    const agenda = deck[2];
    expect(agenda?.kind === 'agenda' && agenda.rows[0]).toMatchObject({
      name: 'gone-cluster (not in the current dataset)',
      score: '',
    });
  });
});
