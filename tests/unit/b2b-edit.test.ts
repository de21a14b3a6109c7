// @vitest-environment node
// Editing a schedule by hand: which cells are free or blocked and why, moves, swaps, placing an
// unplaced meeting, and (properties) any sequence of legal edits keeps the schedule valid.
import fc from 'fast-check';
import { buildBoard, cellStatus } from '@/domain/b2b/edit-board';
import { moveMeeting, setLocked, unplaceMeeting } from '@/domain/b2b/edit';
import { scheduleMeetings } from '@/domain/b2b/schedule-meetings';
import type { B2bSchedule } from '@/domain/b2b/types';
import { checkSchedule } from './b2b-check';
import { ask, makeEvent } from './b2b-instances';
import { build, raw } from './b2b-random-input';
import { b2bRun } from '../fixtures/b2b-event-workspace';
import { propertyRuns, PROPERTY_TEST } from '../fixtures/property-settings';

// The fixture's schedule (see there): 4 slots × tables 1, 2; Y away from 10:00.
const { input } = b2bRun();
const fixed = () => b2bRun().schedule;
const at = (schedule: B2bSchedule, requester: string, partner: string) =>
  schedule.scheduled.find((m) => m.requester === requester && m.partner === partner);

describe('cell status', () => {
  const schedule = fixed();
  const board = buildBoard(input, schedule);
  it('names who is away, who already meets whom, and the meeting’s own cell', () => {
    expect(cellStatus(board, ask('A', 'Y'), 2, 1)).toEqual({
      kind: 'blocked',
      reason: { code: 'unavailable', participant: 'Y' },
      occupant: null,
    });
    expect(cellStatus(board, ask('A', 'X'), 1, 1)).toMatchObject({
      kind: 'blocked',
      reason: { code: 'busy', participant: 'A', other: 'Y' },
    });
    expect(cellStatus(board, ask('A', 'X'), 0, 0)).toEqual({ kind: 'current' });
    expect(cellStatus(board, ask('A', 'X'), 3, 1)).toEqual({ kind: 'free' });
  });
  it('offers a swap only when both meetings fit in each other’s place', () => {
    // A–X ↔ A–Y: A–Y would go to 09:00 (Y is free then), A–X to 09:30 (X meets B then).
    expect(cellStatus(board, ask('A', 'X'), 1, 0)).toMatchObject({
      kind: 'blocked',
      reason: { code: 'busy', participant: 'X', other: 'B' },
    });
    // B–X ↔ A–X: A–X cannot go to 09:30, where A meets Y.
    expect(cellStatus(board, ask('B', 'X'), 0, 0)).toMatchObject({
      kind: 'blocked',
      reason: { code: 'busy', participant: 'A', other: 'Y' },
      occupant: { requester: 'A', partner: 'X' },
    });
    // C–Z ↔ A–X: all four are free in both slots.
    expect(cellStatus(board, ask('C', 'Z'), 0, 0)).toMatchObject({ kind: 'swap', occupant: { requester: 'A' } });
  });
});

describe('edits', () => {
  it('moves and locks a meeting, swaps two, and refuses a blocked cell', () => {
    const schedule = fixed();
    expect(moveMeeting(input, schedule, ask('A', 'Y'), 2, 1)).toBeNull();
    const moved = moveMeeting(input, schedule, ask('A', 'X'), 3, 1)!;
    expect(at(moved, 'A', 'X')).toMatchObject({ start: '10:30', table: '2', locked: true });
    expect(moveMeeting(input, schedule, ask('B', 'X'), 0, 0)).toBeNull();
    const swapped = moveMeeting(input, schedule, ask('C', 'Z'), 0, 0)!;
    expect(at(swapped, 'C', 'Z')).toMatchObject({ start: '09:00', table: '1' });
    expect(at(swapped, 'A', 'X')).toMatchObject({ start: '10:00', table: '1', locked: true });
    checkSchedule(input, swapped);
  });
  it('explains a meeting taken out again, and places it back on a free cell', () => {
    const out = unplaceMeeting(input, fixed(), ask('A', 'Y'));
    // Y is away from 10:00 and A is busy at 09:00: only 09:30 is left for the two.
    expect(out.unscheduled).toEqual([{ ...ask('A', 'Y'), reason: { code: 'fits', freeSlots: 1 } }]);
    expect(out.scheduled).toHaveLength(3);
    const capped = { ...input, event: makeEvent({ maxMeetings: { A: 1 } }) };
    const full = unplaceMeeting(capped, fixed(), ask('A', 'Y'));
    expect(full.unscheduled[0].reason).toEqual({ code: 'cap-reached', participant: 'A', maxMeetings: 1 });
    expect(cellStatus(buildBoard(capped, full), ask('A', 'Y'), 1, 0)).toMatchObject({
      reason: { code: 'cap-reached' },
    });
    expect(cellStatus(buildBoard(input, out), ask('A', 'Y'), 0, 1)).toMatchObject({ reason: { code: 'busy' } });
    const back = moveMeeting(input, out, ask('A', 'Y'), 1, 0)!;
    expect(at(back, 'A', 'Y')).toMatchObject({ start: '09:30', table: '1', locked: true });
    expect(back.unscheduled).toEqual([]);
    expect(setLocked(back, ask('A', 'Y'), false).scheduled.find((m) => m.partner === 'Y')?.locked).toBe(false);
  });
});

describe('edit properties', () => {
  it(
    'after any sequence of legal moves: no double booking, nothing outside availability, true reasons',
    () => {
      const steps = fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.nat(5), fc.boolean()), { maxLength: 12 });
      fc.assert(
        fc.property(raw.map(build), steps, (generated, moves) => {
          const freeInput = { ...generated, event: { ...generated.event, locked: [] } };
          let schedule = scheduleMeetings(freeInput);
          const n = freeInput.requests.length;
          const slots = buildBoard(freeInput, schedule).problem.slots.length;
          if (n === 0 || slots === 0) return;
          for (const [r, s, t, out] of moves) {
            const ref = freeInput.requests[r % n];
            const table = t % freeInput.event.tableNames.length;
            const next = out
              ? unplaceMeeting(freeInput, schedule, ref)
              : moveMeeting(freeInput, schedule, ref, s % slots, table);
            const status = cellStatus(buildBoard(freeInput, schedule), ref, s % slots, table).kind;
            if (!out) expect(next === null).toBe(status === 'blocked' || status === 'current');
            if (next) schedule = next;
            checkSchedule(freeInput, schedule);
          }
        }),
        propertyRuns(300),
      );
    },
    PROPERTY_TEST.timeout,
  );
});
