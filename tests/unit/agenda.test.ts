import { buildAgenda } from '@/domain/agenda';
import { DEFAULT_EVENT, type MeetingEvent } from '@/domain/event';
import { buildMeetingRows } from '@/domain/meeting-rows';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { buildSchedule } from '@/domain/schedule';
import { shortlistParsed } from '../fixtures/shortlist-fixture';

const event: MeetingEvent = {
  ...DEFAULT_EVENT,
  sessions: [
    { id: 'pm', label: 'Afternoon', start: '14:30', end: '15:30' },
    { id: 'am', label: 'Morning', start: '09:00', end: '10:00' },
  ],
  breaks: [
    { id: 'coffee', label: 'Coffee', start: '09:20', end: '09:40' },
    { id: 'lunch', label: 'Lunch', start: '13:00', end: '14:30' },
  ],
  meetingMinutes: 20,
  gapMinutes: 0,
};
const entries = ['a', 'b', 'c', 'd', 'e', 'f'].map((clusterId) => ({ clusterId, note: '' }));
const schedule = buildSchedule(event, entries);
// Ids the fixture does not have: rows with nothing but their meeting, which is all the agenda reads.
const ranking = rankAll(defaultProfile('2026-01-15'), buildIndex(shortlistParsed().dataset), {
  weights: DEFAULT_WEIGHTS,
  expiredLabelFactor: 0.5,
});
const rows = buildMeetingRows(entries, schedule, ranking);

describe('buildAgenda (the printed day)', () => {
  const agenda = buildAgenda(rows, event);
  const shape = agenda.blocks.map((b) =>
    b.kind === 'break'
      ? `break ${b.brk.label}`
      : `${b.session.label}: ${b.items.map((i) => (i.kind === 'break' ? `[${i.brk.label}]` : i.row.clusterId)).join(' ')}`,
  );

  it('puts sessions in time order, each with its meetings and the breaks inside it in time order', () => {
    expect(shape).toEqual(['Morning: a [Coffee] b', 'break Lunch', 'Afternoon: c d e']);
  });

  it('keeps meetings that did not fit apart, in shortlist order', () => {
    const more = [...rows, { ...rows[0], order: 7, clusterId: 'g', meeting: null }];
    expect(agenda.unscheduled.map((r) => r.clusterId)).toEqual(['f']);
    expect(buildAgenda(more, event).unscheduled.map((r) => r.clusterId)).toEqual(['f', 'g']);
  });

  it('shows a session with no meetings as a heading with its breaks only', () => {
    const empty = buildAgenda([], event);
    expect(empty.blocks.map((b) => (b.kind === 'session' ? b.items.length : -1))).toEqual([1, -1, 0]);
  });
});
