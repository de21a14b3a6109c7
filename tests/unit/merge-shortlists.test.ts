// Two tabs' copies of the shortlists merge per list, per entry and per field: the later change wins,
// a deletion wins over edits made before it, and nothing either copy saved is lost otherwise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEntry, moveEntry, removeEntry, setNote, type Shortlist } from '@/domain/shortlist';
import { mergeReplicas } from '@/stores/merge-shortlists';
import { newShortlist } from '@/stores/saved-shortlists';
import { EMPTY_REPLICA, REMOVAL_KEPT_MS, canonical, pruneRemovals, stamp, type Replica } from '@/stores/sync-clock';

const trip = newShortlist('Trip', 'trip');
/** A replica with one list holding `ids`, every part stamped at `at`. */
const base = (ids: string[], at = 1): Replica =>
  stamp(EMPTY_REPLICA, [{ ...trip, entries: ids.map((clusterId) => ({ clusterId, note: '' })) }], at);
/** The replica after `edit` changed its first list at time `at`. */
const edit = (r: Replica, at: number, fn: (l: Shortlist) => Shortlist): Replica =>
  stamp(
    r,
    r.shortlists.map((l, i) => (i === 0 ? fn(l) : l)),
    at,
  );
const entries = (r: Replica) => r.shortlists.flatMap((l) => l.entries.map((e) => `${e.clusterId}:${e.note}`));

describe('stamp', () => {
  it('gives back the same replica when nothing saved changed', () => {
    const r = base(['claut']);
    expect(stamp(r, r.shortlists, 5)).toBe(r);
    expect(stamp(r, [{ ...r.shortlists[0], entries: [...r.shortlists[0].entries] }], 5)).toBe(r);
    expect(edit(r, 5, (l) => setNote(l, 'claut', ''))).toBe(r);
    expect(edit(r, 5, (l) => ({ ...l, event: { ...l.event } }))).toBe(r);
  });

  it('stamps only what changed, and records deletions', () => {
    const r = edit(base(['claut', 'hegan']), 7, (l) => removeEntry(setNote(l, 'claut', 'Ana'), 'hegan'));
    expect(r.clock.lists[0]).toMatchObject({ name: 1, event: 1, order: 1, entries: [['claut', 7]] });
    expect(r.clock.removed).toEqual([{ list: 'trip', cluster: 'hegan', at: 7 }]);
    const gone = stamp(r, [], 9);
    expect(gone.clock.removed).toContainEqual({ list: 'trip', cluster: null, at: 9 });
  });
});

describe('mergeReplicas', () => {
  it('keeps entries added in either tab, with their notes (issue 14, item 1)', () => {
    const start = base(['claut']);
    const a = edit(start, 10, (l) => setNote(addEntry(l, 'hegan'), 'hegan', 'from A'));
    const b = edit(start, 11, (l) => setNote(addEntry(l, 'csoftmty'), 'csoftmty', 'from B'));
    expect(entries(mergeReplicas(a, b))).toEqual(['claut:', 'hegan:from A', 'csoftmty:from B']);
    expect(entries(mergeReplicas(b, a))).toEqual(['claut:', 'hegan:from A', 'csoftmty:from B']);
  });

  it('lets the later note win, and a later deletion win over an earlier note', () => {
    const start = base(['claut']);
    const a = edit(start, 10, (l) => setNote(l, 'claut', 'first'));
    const b = edit(start, 12, (l) => setNote(l, 'claut', 'second'));
    expect(entries(mergeReplicas(a, b))).toEqual(['claut:second']);
    const removed = edit(start, 13, (l) => removeEntry(l, 'claut'));
    expect(entries(mergeReplicas(b, removed))).toEqual([]);
    // A note written after the deletion (in a tab that had not seen it) brings the entry back.
    const late = edit(start, 14, (l) => setNote(l, 'claut', 'still wanted'));
    expect(entries(mergeReplicas(removed, late))).toEqual(['claut:still wanted']);
  });

  it('keeps a moved order and adds the other tab’s new entries after it', () => {
    const start = base(['a', 'b', 'c']);
    const moved = edit(start, 10, (l) => moveEntry(l, 'c', -2));
    const added = edit(start, 11, (l) => addEntry(l, 'd'));
    expect(mergeReplicas(moved, added).shortlists[0].entries.map((e) => e.clusterId)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('deletes a list unless the other tab changed it after the deletion', () => {
    const start = base(['claut']);
    const deleted = stamp(start, [], 10);
    expect(mergeReplicas(start, deleted).shortlists).toEqual([]);
    const renamedLater = edit(start, 11, (l) => ({ ...l, name: 'Trip 2026' }));
    expect(mergeReplicas(deleted, renamedLater).shortlists.map((l) => l.name)).toEqual(['Trip 2026']);
    const other = stamp(start, [...start.shortlists, newShortlist('Other', 'other')], 12);
    expect(mergeReplicas(deleted, other).shortlists.map((l) => l.id)).toEqual(['other']);
  });

  it('takes the later name and event per field', () => {
    const start = base([]);
    const named = edit(start, 10, (l) => ({ ...l, name: 'Renamed' }));
    const placed = edit(start, 11, (l) => ({ ...l, event: { ...l.event, place: 'Querétaro' } }));
    const merged = mergeReplicas(named, placed).shortlists[0];
    expect([merged.name, merged.event.place]).toEqual(['Renamed', 'Querétaro']);
  });

  it('forgets deletions only after they are old', () => {
    const r = stamp(base(['x']), [], 1_000);
    expect(pruneRemovals(r.clock, 1_000 + REMOVAL_KEPT_MS)).toBe(r.clock);
    expect(pruneRemovals(r.clock, 1_001 + REMOVAL_KEPT_MS).removed).toEqual([]);
  });
});

// Replicas that grew from one start through random edits, as tabs' copies do.
const ids = fc.constantFrom('a', 'b', 'c', 'd');
const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: ids, note: fc.constantFrom('', 'x', 'y') }),
  fc.record({ kind: fc.constant('remove' as const), id: ids }),
  fc.record({ kind: fc.constant('move' as const), id: ids, by: fc.constantFrom(-1, 1) }),
  fc.record({ kind: fc.constant('rename' as const), name: fc.constantFrom('P', 'Q') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
function run(start: Replica, ops: Op[], at: number): Replica {
  return ops.reduce(
    (r, o, i) =>
      edit(r, at + i * 3, (l) => {
        if (o.kind === 'add') return setNote(addEntry(l, o.id), o.id, o.note);
        if (o.kind === 'remove') return removeEntry(l, o.id);
        if (o.kind === 'move') return moveEntry(l, o.id, o.by);
        return { ...l, name: o.name };
      }),
    start,
  );
}
// Start times may coincide, so two tabs' edits can carry the same stamp (the tie-breaks are tested too).
const replica = fc
  .tuple(fc.integer({ min: 10, max: 12 }), fc.array(op, { maxLength: 8 }))
  .map(([at, ops]) => run(base(['a', 'b']), ops, at));

describe('mergeReplicas under fuzzing', () => {
  it('is commutative and idempotent, so tabs merging each other’s copies agree', () => {
    fc.assert(
      fc.property(replica, replica, replica, (a, b, c) => {
        const ab = mergeReplicas(a, b);
        expect(canonical(ab)).toBe(canonical(mergeReplicas(b, a)));
        expect(canonical(mergeReplicas(ab, ab))).toBe(canonical(ab));
        expect(canonical(mergeReplicas(ab, b))).toBe(canonical(ab));
        // Grouping may change where entries added elsewhere are placed, never which entries there are.
        const left = mergeReplicas(ab, c);
        const right = mergeReplicas(a, mergeReplicas(b, c));
        expect(entries(left).sort()).toEqual(entries(right).sort());
      }),
      { numRuns: 300, interruptAfterTimeLimit: 3_000 },
    );
  });
});
