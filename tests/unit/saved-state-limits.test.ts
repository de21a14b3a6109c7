import { describe, expect, it } from 'vitest';
import { shortlistSchema } from '@/data/schemas/saved-state';
import { decodeShareState } from '@/domain/share-link-decode';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { newShortlist } from '@/stores/saved-shortlists';

const { shortlist: LIST, event: EVENT } = SAVED_STATE_LIMITS;
const list = newShortlist('Trip', 'trip');
const accepts = (patch: object) => shortlistSchema.safeParse({ ...list, ...patch }).success;
const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ clusterId: `c${i}`, note: '' }));
const slots = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: '', start: '09:00', end: '10:00' }));

describe('the saved-state limits', () => {
  it.each([
    ['name', (n: number) => ({ name: 'x'.repeat(n) }), LIST.name],
    ['id', (n: number) => ({ id: 'x'.repeat(n) }), LIST.id],
    ['entries', (n: number) => ({ entries: entries(n) }), LIST.entries],
    ['note', (n: number) => ({ entries: [{ clusterId: 'c', note: 'x'.repeat(n) }] }), LIST.note],
    ['event name', (n: number) => ({ event: { ...list.event, name: 'x'.repeat(n) } }), EVENT.name],
    ['sessions', (n: number) => ({ event: { ...list.event, sessions: slots(n) } }), EVENT.slots],
    ['first table', (n: number) => ({ event: { ...list.event, firstTable: n } }), EVENT.firstTable.max],
    ['gap', (n: number) => ({ event: { ...list.event, gapMinutes: n } }), EVENT.gapMinutes.max],
    ['meeting length', (n: number) => ({ event: { ...list.event, meetingMinutes: n } }), EVENT.meetingMinutes.max],
  ])('are what the schema refuses beyond: %s', (_name, patch, max) => {
    expect([accepts(patch(max)), accepts(patch(max + 1))]).toEqual([true, false]);
  });

  it('cap a shared shortlist at what a saved shortlist can hold', () => {
    const ids = entries(LIST.entries + 1).map((e) => e.clusterId);
    const known = { sectors: new Set<string>(), interests: new Set<string>(), states: new Set<string>() };
    const { state } = decodeShareState(`sl=${ids.join(',')}`, {
      ...known,
      clusters: new Set(ids),
      euClusters: new Set(),
    });
    expect(state.shortlist).toHaveLength(LIST.entries);
  });
});
