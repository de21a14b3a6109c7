import { DEFAULT_EVENT } from '@/domain/event';
import {
  meetingLengthOptions,
  newSlot,
  newSlotId,
  overflowHeading,
  parseWholeNumber,
  slotName,
  timeZoneOptions,
} from '@/features/meeting-list/event-model';

describe('event form model', () => {
  it('parses whole numbers within limits only', () => {
    expect(parseWholeNumber('5', 0, 120)).toBe(5);
    expect(parseWholeNumber(' 0 ', 0, 120)).toBe(0);
    expect(['', '-1', '2.5', '121', 'abc'].map((t) => parseWholeNumber(t, 0, 120))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps an imported meeting length or zone selectable', () => {
    expect(meetingLengthOptions(20)).toEqual([15, 20, 30, 45, 60]);
    expect(meetingLengthOptions(25)).toEqual([15, 20, 25, 30, 45, 60]);
    expect(timeZoneOptions('America/Mexico_City')[0]).toBe('America/Mexico_City');
    expect(timeZoneOptions('Asia/Tokyo')[0]).toBe('Asia/Tokyo');
  });

  it('creates unique slot ids and a session after the last one', () => {
    const sessions = DEFAULT_EVENT.sessions;
    expect(newSlotId('session', [...sessions, { id: 'session-3', label: '', start: '18:00', end: '19:00' }])).toBe(
      'session-4',
    );
    expect(newSlot('session', sessions, sessions)).toMatchObject({ start: '18:00', end: '20:00', label: 'Session 3' });
    expect(newSlot('break', [], sessions)).toMatchObject({ start: '10:30', end: '10:45' });
    expect(newSlot('session', [{ id: 'x', label: '', start: '22:00', end: '23:30' }], []).end).toBe('23:59');
  });

  it('names slots and overflow for people', () => {
    expect(slotName('session', { id: 'a', label: ' ', start: '', end: '' }, 1)).toBe('Session 2');
    expect(slotName('break', { id: 'a', label: 'Lunch', start: '', end: '' }, 0)).toBe('Lunch');
    expect(overflowHeading(1)).toBe('1 meeting does not fit the sessions');
    expect(overflowHeading(3)).toBe('3 meetings do not fit the sessions');
  });
});
