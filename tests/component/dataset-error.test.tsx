// Issue 14, items 8 and 10: a mixed-version set is refused naming each file's version, and a broken
// data file never keeps the user from their saved shortlists. Fetch is the only thing stubbed.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wrapFile } from '@/data/dataset-version';
import { parseShortlistFile } from '@/data/parse-shortlist-file';
import { DEFAULT_EVENT } from '@/domain/event';
import { SHORTLISTS_BACKUP_HEADER } from '@/domain/shortlists-backup';
import type { Shortlist } from '@/domain/shortlist';
import { useAppStore } from '@/stores/app-store';
import { captureDownloads, type Download } from '../fixtures/downloads';
import { rawFixture } from '../fixtures/raw-files';
import { renderApp } from './render-app';
import { tableRows } from './table-rows';

vi.mock('@/features/map/map-panel', () => ({ MapPanel: () => <div>map stub</div> }));

const LISTS: Shortlist[] = [
  {
    id: 'list-a',
    name: 'Aerospace week',
    entries: [
      { clusterId: 'monterrey-aerocluster', note: 'Ask about MRO,\n"engines"' },
      { clusterId: 'gone-from-the-dataset', note: '=HYPERLINK("x")' },
    ],
    event: { ...DEFAULT_EVENT, name: 'Aerospace week', date: '2026-11-05', place: 'Querétaro' },
  },
  { id: 'list-b', name: 'Empty list', entries: [], event: { ...DEFAULT_EVENT, name: 'Later', date: '2026-10-20' } },
];

let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a mixed-version set', () => {
  it('is refused with each file and its version, and Retry loads the set once it is one version', async () => {
    const files = { ...rawFixture(), 'eu.json': wrapFile('eu.json', rawFixture()['eu.json'], '0.9.0') };
    renderApp({ files });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('The data files are of different versions');
    expect(alert).toHaveTextContent('meta.json names version test');
    const rows = tableRows(within(alert).getByRole('table', { name: 'Dataset version of each file' }));
    expect(rows).toContainEqual(['eu.json', '0.9.0', 'different from test']);
    expect(rows).toContainEqual(['clusters.json', 'test', 'matches']);
    expect(rows.filter((r) => r[2] !== 'matches')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Matches' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Data quality:/)).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).not.toHaveTextContent(/data test/);

    files['eu.json'] = rawFixture()['eu.json'];
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Matches' })).toBeInTheDocument();
  });

  it('names a file from before versioning (a bare list) as of no version', async () => {
    renderApp({ files: { ...rawFixture(), 'sectors.json': JSON.stringify(rawFixture()['sectors.json']) } });
    const table = await screen.findByRole('table', { name: 'Dataset version of each file' });
    expect(within(table).getByText('sectors.json').closest('tr')).toHaveTextContent('none stated');
  });
});

describe('saved shortlists while a data file is broken', () => {
  async function openSavedLists() {
    useAppStore.setState({ shortlists: LISTS, activeShortlistId: 'list-a' });
    const saved = JSON.stringify({ ...localStorage });
    renderApp({ files: { ...rawFixture(), 'clusters.json': '{ broken' } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('clusters.json');
    const open = within(alert).getByRole('button', { name: 'Open my saved shortlists' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    return { saved, section: await screen.findByRole('region', { name: 'Your saved shortlists' }) };
  }

  it('shows every list with its event, entries by cluster id and notes', async () => {
    const { section } = await openSavedLists();
    const first = within(section).getByRole('article', { name: 'Aerospace week' });
    expect(first).toHaveTextContent('(open list)');
    expect(first).toHaveTextContent('5 Nov 2026 · Querétaro · 2 clusters');
    expect(first).toHaveTextContent('Sessions: Morning 09:00–13:00; Afternoon 14:30–17:30 (America/Mexico_City)');
    const rows = tableRows(within(first).getByRole('table', { name: 'Entries of Aerospace week' }));
    expect(rows).toEqual([
      ['1', 'monterrey-aerocluster', 'Ask about MRO,\n"engines"'],
      ['2', 'gone-from-the-dataset', '=HYPERLINK("x")'],
    ]);
    const empty = within(section).getByRole('article', { name: 'Empty list' });
    expect(empty).toHaveTextContent('No clusters on this list yet.');
  });

  it('downloads a list as the shortlist file the app reads back, changing nothing in storage', async () => {
    const { saved, section } = await openSavedLists();
    await userEvent.click(
      within(section).getByRole('button', { name: 'Download “Aerospace week” as a shortlist file (JSON)' }),
    );
    expect(downloads).toHaveLength(1);
    const [{ blob, filename }] = downloads;
    expect(filename).toBe('aerospace-week-20261105-shortlist.json');
    const result = parseShortlistFile(await blob.text(), new Set(LISTS[0].entries.map((e) => e.clusterId)));
    expect(result).toEqual({ ok: true, shortlist: LISTS[0], unknownClusterIds: [] });
    expect(JSON.stringify({ ...localStorage })).toBe(saved);
    expect(useAppStore.getState().shortlists).toBe(LISTS);
  });

  it('downloads every list as a CSV backup, one line per entry, formulas disarmed', async () => {
    const { saved, section } = await openSavedLists();
    await userEvent.click(within(section).getByRole('button', { name: 'Download all as CSV' }));
    expect(downloads).toHaveLength(1);
    const [{ blob, filename }] = downloads;
    expect(filename).toMatch(/^saved-shortlists-\d{8}\.csv$/);
    const parsed = Papa.parse<string[]>((await blob.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...SHORTLISTS_BACKUP_HEADER]);
    expect(rows.map((r) => [r[0], r[2], r[3], r[6], r[7], r[8]])).toEqual([
      ['Aerospace week', '2026-11-05', 'Querétaro', '1', 'monterrey-aerocluster', 'Ask about MRO,\n"engines"'],
      ['Aerospace week', '2026-11-05', 'Querétaro', '2', 'gone-from-the-dataset', `'=HYPERLINK("x")`],
      ['Empty list', '2026-10-20', 'Mexico City', '', '', ''],
    ]);
    expect(JSON.stringify({ ...localStorage })).toBe(saved);
  });

  it('says so when no shortlist is saved', async () => {
    renderApp({ files: { ...rawFixture(), 'clusters.json': '{ broken' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Open my saved shortlists' }));
    expect(await screen.findByRole('region', { name: 'Your saved shortlists' })).toHaveTextContent(
      'No shortlists are saved in this browser.',
    );
  });
});
