import { agendaStops, buildParticipantAgenda } from '@/domain/b2b/agenda';
import { screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { B2bOutputs } from '@/features/b2b-outputs/b2b-outputs';
import { useExportSettings } from '@/stores/export-settings';
import { B2B_NAMES, B2B_PARTICIPANTS, b2bResult } from '../fixtures/b2b-result';
import { captureDownloads, type Download } from '../fixtures/downloads';
import { renderApp } from './render-app';
import { inSpanish } from './spanish';

const { AV, QRO, NL } = B2B_NAMES;
const result = b2bResult();
let downloads: Download[];

beforeEach(() => {
  downloads = captureDownloads();
  useExportSettings.setState({ csvDelimiter: null, reminderMinutes: 0 });
});

const render = (ui: ReactElement) => renderApp({ ui });
const agenda = (name: string) => screen.getByRole('article', { name });
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row');

describe('B2bOutputs', () => {
  it("opens on the first EU delegation's agenda: session headings, the break as a row, free and away slots", () => {
    render(<B2bOutputs result={result} />);
    const own = agenda(AV);
    expect(within(own).getByRole('heading', { name: AV })).toBeInTheDocument();
    expect(within(own).getByRole('columnheader', { name: /Morning · 20 Oct 2026 · 09:00–11:00/ })).toBeInTheDocument();
    expect(within(own).getByRole('columnheader', { name: /Afternoon/ })).toBeInTheDocument();
    const texts = rowsOf(within(own).getByRole('table')).map((r) => r.textContent);
    expect(texts).toContain('10:00–10:30Coffee');
    expect(texts.filter((t) => t?.endsWith('Not available'))).toHaveLength(3);
    const meeting = result.schedule.scheduled.find((m) => m.requester === AV && m.partner === QRO)!;
    expect(texts.find((t) => t?.includes(QRO))).toContain(`${meeting.start}–${meeting.end}${meeting.table}`);
    expect(within(own).getByRole('link', { name: /aero-qro\.example\.mx/ })).toHaveAttribute(
      'href',
      'https://aero-qro.example.mx',
    );
    // The meetings that could not be placed, each with the reason in words.
    expect(within(own).getByRole('columnheader', { name: 'Requested, not scheduled' })).toBeInTheDocument();
  });

  it('shows a Mexican partner its agenda with the EU delegation, its people and contact', async () => {
    const user = userEvent.setup();
    render(<B2bOutputs result={result} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Participant' }), QRO);
    const own = agenda(QRO);
    expect(within(own).getByText('Anne Dupont, Marc Leroy')).toBeInTheDocument();
    expect(within(own).getByText('Contact: anne@aerospace-valley.example')).toBeInTheDocument();
    expect(within(own).getByText(/Mexican partners · 2 meetings/)).toBeInTheDocument();
  });

  it('fills an empty partner website from the facts passed in', () => {
    render(<B2bOutputs result={result} partnerFacts={{ [NL]: { website: 'https://dataset.example/nl' } }} />);
    expect(within(agenda(AV)).getByRole('link', { name: /dataset\.example\/nl/ })).toBeInTheDocument();
  });

  it('has the table plan and the who-meets-whom grid as real tables with headers', async () => {
    const user = userEvent.setup();
    render(<B2bOutputs result={result} />);
    await user.click(screen.getByRole('tab', { name: 'Table plan' }));
    const plan = screen.getByRole('table', { name: /Table plan/ });
    expect(
      within(plan.querySelector('thead') as HTMLElement)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Time', 'Table A1', 'Table A2', 'Table B1']);
    expect(
      within(plan)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['09:00–09:30', '09:30–10:00', '10:30–11:00', '15:00–15:30', '15:30–16:00', '16:00–16:30']);
    await user.click(screen.getByRole('tab', { name: 'Who meets whom' }));
    const grid = screen.getByRole('table', { name: /Who meets whom: 8 scheduled, 2 requested but not scheduled/ });
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(B2B_PARTICIPANTS.filter((p) => p.side === 'eu').map((p) => p.name));
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .slice(1)
        .map((h) => h.textContent),
    ).toEqual(B2B_PARTICIPANTS.filter((p) => p.side === 'mx').map((p) => p.name));
  });

  it('downloads the chosen participant CSV and a zip with one calendar per participant', async () => {
    const user = userEvent.setup();
    render(<B2bOutputs result={result} eventId="seminar" />);
    await user.click(within(screen.getByRole('group', { name: AV })).getByRole('button', { name: 'CSV' }));
    expect(downloads[0]!.filename).toMatch(/^b2b-agenda-aerospace-valley-[0-9a-f]{8}\.csv$/);
    const csv = Papa.parse<Record<string, string>>((await downloads[0]!.blob.text()).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data.map((r) => r['Meeting with'])).toContain(QRO);

    await user.click(screen.getByRole('button', { name: 'Calendars, one per participant (.zip)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.filename).toBe('calendars-seminar.zip');
    const zip = await JSZip.loadAsync(await downloads[1]!.blob.arrayBuffer());
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(B2B_PARTICIPANTS.length);
    let entries = 0;
    for (const name of names) {
      const ics = await zip.file(name)!.async('string');
      entries += new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').length;
    }
    // Each meeting is in both participants' calendars.
    expect(entries).toBe(2 * result.schedule.scheduled.length);
  });

  it('prints all agendas, one participant per page, the app hidden', async () => {
    const user = userEvent.setup();
    render(<B2bOutputs result={result} />);
    await user.click(screen.getByRole('button', { name: 'Print all agendas' }));
    const dialog = screen.getByRole('dialog', { name: 'Print preview' });
    const pages = dialog.querySelectorAll('section.b2b-agenda-page');
    expect([...pages].map((p) => p.getAttribute('aria-label'))).toEqual(B2B_PARTICIPANTS.map((p) => p.name));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers a map of the partners on each printed agenda, in meeting order, when the app gives one', async () => {
    const user = userEvent.setup();
    const drawn: Array<ReadonlyArray<{ id: string; order: number }>> = [];
    const printMap = (stops: ReadonlyArray<{ id: string; order: number }>) => {
      drawn.push(stops);
      return <p>map of {stops.map((s) => `${s.order}:${s.id}`).join(' ')}</p>;
    };
    render(<B2bOutputs result={result} printMap={printMap} />);
    await user.click(screen.getByRole('button', { name: 'Print this agenda' }));
    const dialog = screen.getByRole('dialog', { name: 'Print preview' });
    expect(within(dialog).queryByText(/^map of/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Show a map of the partners on each agenda' }));
    const expected = agendaStops(result, buildParticipantAgenda(result, B2B_PARTICIPANTS[0]!.name));
    expect(expected.length).toBeGreaterThan(0);
    expect(
      within(dialog).getByText(`map of ${expected.map((s) => `${s.order}:${s.id}`).join(' ')}`),
    ).toBeInTheDocument();
  });
});

describe('B2bOutputs in Spanish', () => {
  inSpanish();

  it('words the agenda, the chooser and the tabs in Spanish', async () => {
    const user = userEvent.setup();
    render(<B2bOutputs result={result} />);
    expect(screen.getByRole('tab', { name: 'Plano de mesas' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Participante' }), QRO);
    const own = agenda(QRO);
    expect(within(own).getByText(/Contrapartes mexicanas · 2 reuniones/)).toBeInTheDocument();
    expect(within(own).getByRole('columnheader', { name: /Morning · 20 de octubre de 2026/ })).toBeInTheDocument();
    expect(within(own).getByRole('columnheader', { name: 'Reunión con' })).toBeInTheDocument();
    expect(within(own).getAllByText('Libre').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Imprimir todas las agendas' }));
    expect(screen.getByRole('dialog', { name: 'Vista previa de impresión' })).toBeInTheDocument();
  });
});
