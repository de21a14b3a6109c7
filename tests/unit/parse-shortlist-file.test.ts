import fc from 'fast-check';
import {
  MAX_IMPORT_BYTES,
  parseShortlistFile,
  serializeShortlistFile,
  type ShortlistFileResult,
} from '@/data/parse-shortlist-file';
import { DEFAULT_EVENT } from '@/domain/event';
import type { Shortlist } from '@/domain/shortlist';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const known = new Set(['claut', 'queretaro-aerospace']);
const list: Shortlist = {
  id: 'list-1',
  name: 'Seminar in México',
  entries: [
    { clusterId: 'queretaro-aerospace', note: 'Ask about the Querétaro campus' },
    { clusterId: 'claut', note: '' },
  ],
  event: DEFAULT_EVENT,
};
const file = (patch: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'eu-mexico-shortlist',
    version: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    shortlist: list,
    ...patch,
  });
const problemsOf = (result: ShortlistFileResult) => (result.ok ? [] : result.problems);

describe('parseShortlistFile', () => {
  it('round-trips an exported shortlist, accents included', () => {
    const result = parseShortlistFile(serializeShortlistFile(list, '2026-01-01T00:00:00Z'), known);
    expect(result).toEqual({ ok: true, shortlist: list, unknownClusterIds: [] });
  });

  it('accepts a leading BOM', () => {
    expect(parseShortlistFile(`\uFEFF${file()}`, known).ok).toBe(true);
  });

  it('refuses non-JSON and empty files with a message', () => {
    expect(problemsOf(parseShortlistFile('name,order\nx,1', known))[0]).toMatchObject({
      path: '(file)',
      message: expect.stringMatching(/^The file is not valid JSON/),
    });
    expect(problemsOf(parseShortlistFile('  ', known))).toEqual([{ path: '(file)', message: 'The file is empty' }]);
  });

  it('refuses files over 5 MB before parsing them', () => {
    const big = `"${'x'.repeat(MAX_IMPORT_BYTES)}"`;
    expect(problemsOf(parseShortlistFile(big, known))).toEqual([
      { path: '(file)', message: 'The file is 5.0 MB; shortlist files may be at most 5 MB' },
    ]);
  });

  it('reports every schema problem with its JSON path', () => {
    const broken = {
      ...list,
      entries: [{ clusterId: 'Not A Slug', note: 1 }],
      event: { ...DEFAULT_EVENT, meetingMinutes: 0, sessions: [{ id: 's', label: 'AM', start: '9am', end: '12:00' }] },
    };
    const problems = problemsOf(parseShortlistFile(file({ shortlist: broken, version: 4 }), known));
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'version',
        'shortlist.entries[0].clusterId',
        'shortlist.entries[0].note',
        'shortlist.event.meetingMinutes',
        'shortlist.event.sessions[0].start',
      ]),
    );
    expect(problems.find((p) => p.path === 'shortlist.event.sessions[0].start')?.message).toBe('must be a time HH:MM');
  });

  it('reports a wrong file type at the root', () => {
    expect(problemsOf(parseShortlistFile('[1,2]', known))[0].path).toBe('(root)');
    expect(problemsOf(parseShortlistFile(file({ format: 'other' }), known))[0].path).toBe('format');
  });

  it('reports duplicated cluster ids', () => {
    const entries = [...list.entries, { clusterId: 'nowhere', note: '' }, { clusterId: 'claut', note: '' }];
    expect(problemsOf(parseShortlistFile(file({ shortlist: { ...list, entries } }), known))).toEqual([
      { path: 'shortlist.entries[3].clusterId', message: '"claut" is listed twice' },
    ]);
  });

  it('keeps clusters that left the dataset, in place with their notes, and names them', () => {
    // The app's own backup, made before two clusters left the dataset.
    const entries = [
      { clusterId: 'gone-cluster', note: 'Met them in 2024' },
      ...list.entries,
      { clusterId: 'also-gone', note: '' },
    ];
    const backup = { ...list, entries };
    expect(parseShortlistFile(serializeShortlistFile(backup, '2026-01-01T00:00:00Z'), known)).toEqual({
      ok: true,
      shortlist: backup,
      unknownClusterIds: ['gone-cluster', 'also-gone'],
    });
  });

  it('never throws on hostile input', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify({ shortlist: v }) ?? ''),
        ),
        (text) => {
          const result = parseShortlistFile(text, known);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      propertyRuns(300),
    );
  });
});
