import { describe, expect, it } from 'vitest';
import { addEntry, moveEntry, removeEntry, setNote, type Shortlist } from '@/domain/shortlist';
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
