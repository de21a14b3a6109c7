import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { parseShortlistFile } from '@/data/parse-shortlist-file';
import { MEETING_CSV_HEADER } from '@/domain/export-csv';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { useAppStore } from '@/stores/app-store';
import { captureDownloads, type Download } from '../fixtures/downloads';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

let downloads: Download[];

beforeEach(() => {
  downloads = captureDownloads();
});

function addThree() {
  const { toggleShortlisted, setShortlistNote, updateEvent } = useAppStore.getState();
  [IDS.queretaro, IDS.monterrey, IDS.ict].forEach(toggleShortlisted);
  setShortlistNote(IDS.monterrey, 'Ask about Querétaro, "MRO"');
  updateEvent({
    name: 'Seminario México 2026',
    date: '2026-10-20',
    sessions: [{ id: 'am', label: 'Morning', start: '09:00', end: '10:00' }],
  });
}

describe('meeting list exports', () => {
  it('downloads a UTF-8 CSV with BOM, the stable header, accents and rows in order', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(downloads).toHaveLength(1);
    const [{ blob, filename }] = downloads;
    expect(filename).toBe('seminario-mexico-2026-20261020-meetings.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const parsed = Papa.parse<string[]>(await blob.text(), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...MEETING_CSV_HEADER]);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['1', '09:00–09:20', 'Clúster Aeroespacial de Querétaro', 'Querétaro'],
      ['2', '09:25–09:45', 'Monterrey Aerocluster', 'Nuevo León'],
      ['3', 'not scheduled', 'Clúster de Tecnologías de la Información', 'not stated in the sources'],
    ]);
    expect(rows[1][10]).toBe('Ask about Querétaro, "MRO"');
    expect(rows[0].slice(5, 8)).toEqual(['Gold', 'expired 23 Jun 2019', 'yes']);
  });

  it('keeps every score in the CSV and the printed reasons while a dashboard search hides clusters', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setProfile({ sectors: ['aerospace'] });
    addThree();
    // The bug this guards: the search used to blank the Score column for clusters it hid.
    useAppStore.getState().setFilters({ query: 'queretaro' });
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const parsed = Papa.parse<string[]>(await downloads[0]!.blob.text(), { skipEmptyLines: true });
    const scores = parsed.data.slice(1).map((r) => r[MEETING_CSV_HEADER.indexOf('Score')]);
    expect(scores).toHaveLength(3);
    for (const score of scores) expect(score).toMatch(/^\d+(\.\d)?$/);

    vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('checkbox', { name: 'Include score reasons in print' }));
    await user.click(screen.getByRole('button', { name: 'Print meeting list' }));
    const print = await screen.findByRole('dialog', { name: 'Print view' });
    expect(
      within(print).getByText('Monterrey Aerocluster').closest('tbody')?.querySelectorAll('li').length,
    ).toBeGreaterThan(0);
  });

  it('downloads a calendar with one VEVENT per scheduled meeting', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));

    const [{ blob, filename }] = downloads;
    expect(filename).toBe('seminario-mexico-2026-20261020.ics');
    // Unfolded: long lines are folded at 75 octets.
    const ics = (await blob.text()).replace(/\r\n /g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;TZID=America/Mexico_City:20261020T090000');
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(ics).toContain('@eu-mx-matchmaking.local');
    expect(ics.split('\r\n').length).toBeGreaterThan(10);
  });

  it('exports the shortlist as a JSON file that imports again', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.click(screen.getByRole('button', { name: 'Export shortlist (JSON)' }));

    const [{ blob, filename }] = downloads;
    expect(filename).toBe('seminario-mexico-2026-20261020-shortlist.json');
    const result = parseShortlistFile(await blob.text(), new Set(Object.values(IDS)));
    const s = useAppStore.getState();
    expect(result).toEqual({ ok: true, shortlist: s.shortlists[0], unknownClusterIds: [] });
  });
});

describe('shortlist import', () => {
  const upload = (text: string, name = 'shortlist.json') => new File([text], name, { type: 'application/json' });

  it('shows every problem of a broken file and changes nothing', async () => {
    const user = userEvent.setup();
    addThree();
    const before = useAppStore.getState();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    const broken = JSON.stringify({
      format: 'eu-mexico-shortlist',
      version: 1,
      exportedAt: 'x',
      shortlist: {
        ...before.shortlists[0],
        entries: [{ clusterId: 'BAD ID', note: '' }],
        event: { ...before.shortlists[0].event, gapMinutes: -5 },
      },
    });
    await user.upload(screen.getByLabelText('Import shortlist file'), upload(broken, 'colleague.json'));

    const alert = (await screen.findByText(/was not imported/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('"colleague.json" was not imported; nothing was changed.');
    expect(alert).toHaveTextContent('shortlist.entries[0].clusterId: must be a kebab-case slug');
    expect(alert).toHaveTextContent('shortlist.event.gapMinutes:');
    const after = useAppStore.getState();
    expect(after.shortlists).toBe(before.shortlists);
    expect(after.activeShortlistId).toBe(before.activeShortlistId);
    expect(after.notices).toEqual([]);

    await user.upload(screen.getByLabelText('Import shortlist file'), upload('not json at all'));
    expect(await screen.findByText(/\(file\): The file is not valid JSON/)).toBeInTheDocument();
    expect(useAppStore.getState().shortlists).toBe(before.shortlists);
  });

  it('imports a valid file as a new active shortlist with a notice', async () => {
    const user = userEvent.setup();
    addThree();
    const [current] = useAppStore.getState().shortlists;
    const file = JSON.stringify({
      format: 'eu-mexico-shortlist',
      version: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      shortlist: { ...current, name: 'From Ana', entries: [{ clusterId: IDS.jalisco, note: '<b>hi</b>' }] },
    });
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.upload(screen.getByLabelText('Import shortlist file'), upload(file));

    await waitFor(() => expect(useAppStore.getState().shortlists).toHaveLength(2));
    const s = useAppStore.getState();
    expect(s.shortlists[1].name).toBe('From Ana');
    expect(s.activeShortlistId).toBe(s.shortlists[1].id);
    expect(s.activeShortlistId).not.toBe(current.id);
    expect(s.notices.map((n) => n.message)).toEqual(['Imported the shortlist "From Ana" with 1 cluster.']);
    expect(await screen.findByText('<b>hi</b>')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses files over 5 MB without reading them', async () => {
    const user = userEvent.setup();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    const big = upload('x');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Import shortlist file'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '(file): The file is 6.0 MB; shortlist files may be at most 5 MB',
    );
    expect(useAppStore.getState().shortlists).toEqual([]);
  });
});
