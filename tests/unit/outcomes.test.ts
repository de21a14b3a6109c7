// Meeting outcomes: set and cleared on the entry, stamped and merged across tabs like entry notes,
// validated by the saved-state schema, carried by the shortlist file.
import { describe, expect, it } from 'vitest';
import { shortlistEntrySchema } from '@/data/schemas/saved-state';
import { parseShortlistFile, serializeShortlistFile } from '@/data/parse-shortlist-file';
import type { MeetingRow } from '@/domain/meeting-rows';
import { followUpRows, outcomeName } from '@/domain/outcomes';
import { setOutcome, type Shortlist } from '@/domain/shortlist';
import { mergeReplicas } from '@/stores/merge-shortlists';
import { newShortlist } from '@/stores/saved-shortlists';
import { EMPTY_REPLICA, stamp, type Replica } from '@/stores/sync-clock';

const AT = '2026-11-05T18:00:00.000Z';
const list: Shortlist = {
  ...newShortlist('Trip', 'trip'),
  entries: [
    { clusterId: 'claut', note: 'MRO' },
    { clusterId: 'hegan', note: '' },
  ],
};
const base = (): Replica => stamp(EMPTY_REPLICA, [list], 1);
const edit = (r: Replica, at: number, fn: (l: Shortlist) => Shortlist): Replica => stamp(r, [fn(r.shortlists[0])], at);

describe('setOutcome', () => {
  it('marks, changes and clears one entry, leaving the others and the note alone', () => {
    const marked = setOutcome(list, 'claut', { status: 'follow-up', note: 'Send the MoU draft' }, AT);
    expect(marked.entries[0]).toEqual({
      clusterId: 'claut',
      note: 'MRO',
      outcome: { status: 'follow-up', note: 'Send the MoU draft', at: AT },
    });
    expect(marked.entries[1]).toBe(list.entries[1]);
    const cleared = setOutcome(marked, 'claut', null, AT);
    expect(cleared.entries[0]).toEqual({ clusterId: 'claut', note: 'MRO' });
    expect(cleared.entries[0]).not.toHaveProperty('outcome');
  });

  it('is no change when the same outcome is set again (the stamp stays, the tabs do not write)', () => {
    const marked = setOutcome(list, 'claut', { status: 'met', note: '' }, AT);
    expect(setOutcome(marked, 'claut', { status: 'met', note: '' }, '2027-01-01T00:00:00.000Z')).toBe(marked);
    expect(setOutcome(list, 'claut', null, AT)).toBe(list);
  });
});

describe('outcomes across tabs', () => {
  it('stamps the entry when its outcome changes, and nothing else', () => {
    const r = edit(base(), 5, (l) => setOutcome(l, 'hegan', { status: 'met', note: '' }, AT));
    expect(r.clock.lists[0].entries).toEqual([
      ['claut', 1],
      ['hegan', 5],
    ]);
    expect(r.clock.lists[0]).toMatchObject({ name: 1, event: 1, order: 1 });
  });

  it('keeps the later outcome whichever copy is merged first, and each tab’s outcome on other entries', () => {
    const a = edit(base(), 5, (l) => setOutcome(l, 'claut', { status: 'not-met', note: 'No show' }, AT));
    const b = edit(
      edit(base(), 7, (l) => setOutcome(l, 'claut', { status: 'follow-up', note: 'Call back' }, AT)),
      8,
      (l) => setOutcome(l, 'hegan', { status: 'met', note: '' }, AT),
    );
    const c = edit(base(), 9, (l) => setOutcome(l, 'hegan', { status: 'follow-up', note: 'Visit plant' }, AT));
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const merged = mergeReplicas(x, y).shortlists[0];
      expect(merged.entries[0].outcome).toMatchObject({ status: 'follow-up', note: 'Call back' });
      expect(merged.entries[1].outcome).toMatchObject({ status: 'met' });
    }
    const all = mergeReplicas(mergeReplicas(a, b), c).shortlists[0];
    expect(all.entries.map((e) => e.outcome?.status)).toEqual(['follow-up', 'follow-up']);
    expect(mergeReplicas(c, mergeReplicas(b, a))).toEqual(mergeReplicas(mergeReplicas(a, b), c));
  });

  it('a clear made later wins over an outcome set earlier in another tab', () => {
    const set = edit(base(), 5, (l) => setOutcome(l, 'claut', { status: 'met', note: '' }, AT));
    const cleared = edit(set, 9, (l) => setOutcome(l, 'claut', null, AT));
    expect(mergeReplicas(set, cleared).shortlists[0].entries[0]).not.toHaveProperty('outcome');
  });
});

describe('the saved-state schema and the shortlist file', () => {
  it('accepts an entry without an outcome or with a valid one, and names the bad field', () => {
    expect(shortlistEntrySchema.safeParse({ clusterId: 'claut', note: '' }).success).toBe(true);
    const ok = { clusterId: 'claut', note: '', outcome: { status: 'met', note: 'x', at: AT } };
    expect(shortlistEntrySchema.safeParse(ok).success).toBe(true);
    const bad = shortlistEntrySchema.safeParse({ ...ok, outcome: { status: 'maybe', note: 'x', at: 'yesterday' } });
    expect(bad.success).toBe(false);
    expect([...new Set(bad.error?.issues.map((i) => i.path.join('.')))].sort()).toEqual([
      'outcome.at',
      'outcome.status',
    ]);
    const feb30 = { ...ok, outcome: { ...ok.outcome, at: '2026-02-30T10:00:00Z' } };
    expect(shortlistEntrySchema.safeParse(feb30).error?.issues[0]?.message).toBe('is not a real calendar date');
  });

  it('writes version 3 files carrying outcomes, and still reads a version 2 file', () => {
    const marked = setOutcome(list, 'claut', { status: 'follow-up', note: 'Send the MoU draft' }, AT);
    const text = serializeShortlistFile(marked, AT);
    expect(JSON.parse(text)).toMatchObject({ version: 3 });
    const back = parseShortlistFile(text, new Set(['claut', 'hegan']));
    expect(back.ok && back.shortlist.entries[0].outcome).toEqual(marked.entries[0].outcome);
    const v2 = JSON.stringify({ ...JSON.parse(serializeShortlistFile(list, AT)), version: 2 });
    expect(parseShortlistFile(v2, new Set(['claut', 'hegan'])).ok).toBe(true);
  });
});

describe('followUpRows', () => {
  it('keeps the rows marked follow-up, in list order, and names each status', () => {
    const rows = [
      { clusterId: 'a', outcome: { status: 'met', note: '', at: AT } },
      { clusterId: 'b', outcome: { status: 'follow-up', note: 'x', at: AT } },
      { clusterId: 'c', outcome: null },
      { clusterId: 'd', outcome: { status: 'follow-up', note: '', at: AT } },
    ] as MeetingRow[];
    expect(followUpRows(rows).map((r) => r.clusterId)).toEqual(['b', 'd']);
    expect([outcomeName('met'), outcomeName('not-met'), outcomeName('follow-up')]).toEqual([
      'met',
      'not met',
      'follow-up',
    ]);
  });
});
