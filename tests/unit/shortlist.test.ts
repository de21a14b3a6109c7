import { describe, expect, it } from 'vitest';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { addEntry, moveEntry, removeEntry, restoreEntry, setNote, type Shortlist } from '@/domain/shortlist';
import { DEFAULT_EVENT } from '@/domain/event';

const list = (ids: string[]): Shortlist => ({
  id: 'l1',
  name: 'Test',
  entries: ids.map((clusterId) => ({ clusterId, note: '' })),
  event: DEFAULT_EVENT,
});
const ids = (l: Shortlist) => l.entries.map((e) => e.clusterId);

describe('shortlist operations', () => {
  it.each([
    ['adds to the end', addEntry(list(['a']), 'b'), ['a', 'b']],
    ['ignores a duplicate', addEntry(list(['a', 'b']), 'a'), ['a', 'b']],
    ['removes', removeEntry(list(['a', 'b', 'c']), 'b'), ['a', 'c']],
    ['moves up', moveEntry(list(['a', 'b', 'c']), 'c', -1), ['a', 'c', 'b']],
    ['moves down', moveEntry(list(['a', 'b', 'c']), 'a', 1), ['b', 'a', 'c']],
    ['clamps at the top', moveEntry(list(['a', 'b']), 'a', -1), ['a', 'b']],
    ['clamps at the bottom', moveEntry(list(['a', 'b']), 'b', 5), ['a', 'b']],
    ['ignores an unknown id', moveEntry(list(['a']), 'z', 1), ['a']],
  ])('%s', (_name, result, expected) => {
    expect(ids(result)).toEqual(expected);
  });

  it('sets a note on one entry only', () => {
    const result = setNote(list(['a', 'b']), 'b', 'Meet the director');
    expect(result.entries).toEqual([
      { clusterId: 'a', note: '' },
      { clusterId: 'b', note: 'Meet the director' },
    ]);
  });
});

describe('restoreEntry (undo of a removal)', () => {
  const noted = (clusterId: string, note: string) => ({ clusterId, note });
  it('puts the entry back at its old place with its note', () => {
    const result = restoreEntry(list(['a', 'c']), noted('b', 'Meet the director'), 1);
    expect(result.entries).toEqual([noted('a', ''), noted('b', 'Meet the director'), noted('c', '')]);
  });

  it('clamps the place to the list as it is now', () => {
    expect(ids(restoreEntry(list(['a']), noted('b', ''), 5))).toEqual(['a', 'b']);
    expect(ids(restoreEntry(list(['a']), noted('b', ''), -1))).toEqual(['b', 'a']);
  });

  it('moves a cluster added again meanwhile, keeping both notes', () => {
    const again = setNote(list(['a', 'c', 'b']), 'b', 'new note');
    expect(restoreEntry(again, noted('b', 'old note'), 0).entries).toEqual([
      noted('b', 'old note\nnew note'),
      noted('a', ''),
      noted('c', ''),
    ]);
    expect(restoreEntry(list(['b']), noted('b', 'old note'), 0).entries).toEqual([noted('b', 'old note')]);
  });

  it('keeps the newer note when both would not fit the note limit', () => {
    const again = setNote(list(['b']), 'b', 'n'.repeat(SAVED_STATE_LIMITS.shortlist.note));
    expect(restoreEntry(again, noted('b', 'old'), 0).entries[0].note).toHaveLength(SAVED_STATE_LIMITS.shortlist.note);
  });
});
