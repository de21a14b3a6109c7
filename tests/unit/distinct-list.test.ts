import { describe, expect, it } from 'vitest';
import { distinctListId, distinctListName, placeShortlist } from '@/domain/distinct-list';
import { DEFAULT_EVENT } from '@/domain/event';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import type { Shortlist } from '@/domain/shortlist';

const { id: MAX_ID, name: MAX_NAME } = SAVED_STATE_LIMITS.shortlist;
const list = (id: string, name: string): Shortlist => ({ id, name, entries: [], event: DEFAULT_EVENT });

describe('distinctListId', () => {
  it('keeps a free id and gives a taken one a stamp', () => {
    expect(distinctListId('two', new Set(['one']), 'm1abc234')).toBe('two');
    expect(distinctListId('two', new Set(['two']), 'm1abc234')).toBe('two-m1abc234');
  });

  it('counts on when the stamped id is taken too (two imports in one millisecond)', () => {
    const taken = new Set(['two', 'two-m1abc234', 'two-m1abc234-2']);
    expect(distinctListId('two', taken, 'm1abc234')).toBe('two-m1abc234-3');
  });

  it(`stays within ${MAX_ID} characters after 10 round trips of the same list`, () => {
    const ids = new Set<string>();
    let id = 'list-m1abc234';
    ids.add(id);
    for (let trip = 0; trip < 10; trip += 1) {
      id = distinctListId(id, ids, `m1abc2${trip}0`);
      expect(ids.has(id)).toBe(false);
      ids.add(id);
    }
    expect(ids.size).toBe(11);
    expect(Math.max(...[...ids].map((i) => i.length))).toBeLessThanOrEqual(MAX_ID);
  });

  it('cuts a long id, never the stamp, and never returns an empty id', () => {
    const long = 'x'.repeat(MAX_ID);
    const fresh = distinctListId(long, new Set([long]), 'm1abc234');
    expect(fresh).toHaveLength(MAX_ID);
    expect(fresh.endsWith('-m1abc234')).toBe(true);
    expect(distinctListId('', new Set(), '')).not.toBe('');
    expect(distinctListId('a', new Set(['a']), 'z'.repeat(100)).length).toBeLessThanOrEqual(MAX_ID);
  });
});

describe('distinctListName', () => {
  it('numbers a second and a third list of the same name', () => {
    expect(distinctListName('Colleague list', ['Other'])).toBe('Colleague list');
    expect(distinctListName('Colleague list', ['Colleague list'])).toBe('Colleague list (2)');
    expect(distinctListName('Colleague list', ['Colleague list', 'Colleague list (2)'])).toBe('Colleague list (3)');
  });

  it('counts on from the base name of a numbered list, ignoring case and spaces', () => {
    expect(distinctListName('Colleague list (2)', ['colleague LIST ', 'Colleague list (2)'])).toBe(
      'Colleague list (3)',
    );
    // A name that only looks numbered is kept when it is free.
    expect(distinctListName('Top (10)', ['Top'])).toBe('Top (10)');
  });

  it(`stays within ${MAX_NAME} characters`, () => {
    const long = 'y'.repeat(MAX_NAME);
    const names = [long];
    for (let n = 0; n < 12; n += 1) names.push(distinctListName(long, names));
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.length <= MAX_NAME)).toBe(true);
    expect(names.at(-1)).toMatch(/ \(13\)$/);
  });
});

describe('placeShortlist', () => {
  it('returns the same list when its id and name are free', () => {
    const mine = list('a', 'Mine');
    expect(placeShortlist(mine, [list('b', 'Other')], 's')).toBe(mine);
  });

  it('changes only the id and the name, keeping entries and event', () => {
    const theirs = { ...list('a', 'Mine'), entries: [{ clusterId: 'claut', note: 'Call Ana' }] };
    expect(placeShortlist(theirs, [list('a', 'mine')], 's')).toEqual({ ...theirs, id: 'a-s', name: 'Mine (2)' });
  });
});
