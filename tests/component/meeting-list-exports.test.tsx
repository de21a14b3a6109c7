import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { parseShortlistFile } from '@/data/parse-shortlist-file';
import { MEETING_SHEET_HEADER } from '@/domain/meeting-sheet';
import { EXPORT_SETTINGS_KEY, useExportSettings } from '@/stores/export-settings';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { useAppStore } from '@/stores/app-store';
import { captureDownloads, type Download } from '../fixtures/downloads';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

let downloads: Download[];

beforeEach(() => {
  downloads = captureDownloads();
  useExportSettings.setState({ csvDelimiter: null, reminderMinutes: 0 });
});

const col = (name: (typeof MEETING_SHEET_HEADER)[number]) => MEETING_SHEET_HEADER.indexOf(name);

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
  it('downloads a UTF-8 CSV with BOM, the stable header, accents and rows in agenda order', async () => {
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

    // jsdom's locale is en-US: commas and decimal points.
    const parsed = Papa.parse<string[]>(await blob.text(), { skipEmptyLines: true, delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...MEETING_SHEET_HEADER]);
    expect(rows.map((r) => [...r.slice(0, 4), r[col('Partner')], r[col('State')]])).toEqual([
      ['2026-10-20', 'Morning', '09:00', '09:20', 'Clúster Aeroespacial de Querétaro', 'Querétaro'],
      ['2026-10-20', 'Morning', '09:25', '09:45', 'Monterrey Aerocluster', 'Nuevo León'],
      ['', 'not scheduled', '', '', 'Clúster de Tecnologías de la Información', 'not stated in the sources'],
    ]);
    expect(rows[1][col('Notes')]).toBe('Ask about Querétaro, "MRO"');
    expect([rows[0][col('ESCA label')], rows[0][col('Label valid until')], rows[0][col('ECCP member')]]).toEqual([
      'Gold (expired)',
      '2019-06-23',
      'yes',
    ]);
  });

  it('writes a semicolon CSV with decimal commas once chosen, and remembers the choice', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setProfile({ sectors: ['aerospace'] });
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.selectOptions(screen.getByLabelText('CSV separator'), 'Semicolon (;) with decimal comma');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const text = await downloads[0]!.blob.text();
    // Blob.text() decodes UTF-8 and drops the BOM; the first test checks the bytes.
    expect(text.split('\r\n')[0]).toBe(MEETING_SHEET_HEADER.join(';'));
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    const scores = parsed.data.slice(1).map((r) => r[col('Score')]);
    for (const score of scores) expect(score).toMatch(/^\d+(,\d)?$/);
    expect(JSON.parse(localStorage.getItem(EXPORT_SETTINGS_KEY) ?? '{}')).toMatchObject({
      state: { csvDelimiter: ';' },
      version: 1,
    });
  });

  it('downloads an .xlsx with number, date and time cells', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.click(screen.getByRole('button', { name: 'Download Excel (.xlsx)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [{ blob, filename }] = downloads;
    expect(filename).toBe('seminario-mexico-2026-20261020-meetings.xlsx');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const row = workbook.worksheets[0]!.getRow(2);
    expect(row.getCell(col('Date') + 1).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(col('Start') + 1).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(col('Score') + 1).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(col('Partner') + 1).value).toBe('Clúster Aeroespacial de Querétaro');
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
    const scores = parsed.data.slice(1).map((r) => r[col('Score')]);
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
    expect(ics).not.toContain('BEGIN:VALARM');
  });

  it('adds the chosen reminder to every calendar entry', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.selectOptions(screen.getByLabelText('Calendar reminder'), '15 minutes before');
    await user.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
    const calendar = new ICAL.Component(ICAL.parse(await downloads[0]!.blob.text()));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    for (const vevent of vevents) {
      const alarm = vevent.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT15M');
    }
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
    expect(s.notices.map((n) => n.message())).toEqual(['Imported the shortlist "From Ana" with 1 cluster.']);
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
