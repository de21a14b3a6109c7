// The outcome control and the follow-up list, rendered alone with plain props, in both languages,
// and the meeting list writing an outcome into the saved shortlist.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_EVENT, type EntryOutcome } from '@/domain/event';
import type { MeetingRow } from '@/domain/meeting-rows';
import { MEETING_SHEET_HEADER } from '@/domain/meeting-sheet';
import { FollowUps } from '@/features/meeting-list/follow-ups';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { OutcomeControl } from '@/features/meeting-list/outcome-control';
import { i18n } from '@/i18n/i18n';
import { useAppStore } from '@/stores/app-store';
import { captureDownloads } from '../fixtures/downloads';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';
import { inSpanish } from './spanish';

/** Alone, with only the app's i18next instance around it. */
const alone = (node: ReactNode) => render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
const AT = '2026-11-05T18:00:00.000Z';
const event = { ...DEFAULT_EVENT, name: 'Aerospace B2B', date: '2026-11-05' };

const row = (
  order: number,
  name: string,
  outcome: EntryOutcome | null,
  patch: Partial<MeetingRow> = {},
): MeetingRow => ({
  order,
  clusterId: `c${order}`,
  known: true,
  name,
  stateName: 'Nuevo León',
  city: null,
  sectors: [],
  label: null,
  eccpMember: false,
  score: 50,
  reasons: [],
  website: null,
  notes: '',
  contacts: [],
  outcome,
  sources: [],
  meeting: null,
  ...patch,
});
const ROWS = [
  row(1, 'Monterrey Aerocluster', { status: 'met', note: 'Good talk', at: AT }),
  row(
    2,
    'Aerocluster de Querétaro',
    { status: 'follow-up', note: 'Send the MoU draft', at: AT },
    {
      notes: 'Ask about UNAQ',
      website: 'https://aeroclusterqueretaro.mx',
      contacts: [
        { firstName: 'Ana', lastName: 'Pérez', email: 'ana@example.mx', phone: '+52 442 123 4567', role: 'Directora' },
      ],
    },
  ),
  row(3, 'Clúster de Tecnologías de la Información', null),
  row(4, "Chihuahua's Aerospace Cluster", { status: 'follow-up', note: '', at: AT }),
];

function Stateful({ onChange }: { onChange: (o: Omit<EntryOutcome, 'at'> | null) => void }) {
  const [outcome, setOutcome] = useState<EntryOutcome | null>(null);
  return (
    <OutcomeControl
      partner="Monterrey Aerocluster"
      outcome={outcome}
      onChange={(next) => {
        onChange(next);
        setOutcome(next && { ...next, at: AT });
      }}
    />
  );
}

describe('OutcomeControl', () => {
  it('is a labelled select that shows the note field once a meeting is marked, and clears both', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    alone(<Stateful onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Outcome of the meeting with Monterrey Aerocluster' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['not marked', 'met', 'not met', 'follow-up']);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.selectOptions(select, 'follow-up');
    const note = screen.getByRole('textbox', { name: 'Outcome note for Monterrey Aerocluster' });
    await user.type(note, 'Call');
    expect(onChange).toHaveBeenLastCalledWith({ status: 'follow-up', note: 'Call' });
    // Changing the status keeps the note.
    await user.selectOptions(select, 'met');
    expect(onChange).toHaveBeenLastCalledWith({ status: 'met', note: 'Call' });
    await user.selectOptions(select, 'not marked');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('FollowUps', () => {
  it('lists only the follow-ups with their next step, note, contacts and website; prints and exports them', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    alone(<FollowUps event={event} rows={ROWS} delimiter="," />);
    const region = screen.getByRole('region', { name: 'Follow-ups (2 meetings)' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      '2. Aerocluster de Querétaro',
      "4. Chihuahua's Aerospace Cluster",
    ]);
    expect(items[0]).toHaveTextContent('Next step: Send the MoU draft');
    expect(items[0]).toHaveTextContent('Meeting note: Ask about UNAQ');
    expect(items[0]).toHaveTextContent('Contact: Ana Pérez, Directora · ana@example.mx · +52 442 123 4567');
    expect(items[0]).toHaveTextContent('https://aeroclusterqueretaro.mx');
    expect(items[1]).toHaveTextContent('Next step: not written down');
    expect(items[1]).toHaveTextContent('Contact: none entered');

    await user.click(within(region).getByRole('button', { name: 'Print follow-ups' }));
    const dialog = screen.getByRole('dialog', { name: 'Follow-ups, print view' });
    expect(within(dialog).getByRole('heading', { level: 1 })).toHaveTextContent('Follow-ups: Aerospace B2B');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await user.click(within(region).getByRole('button', { name: 'Follow-ups (CSV)' }));
    expect(downloads[0].filename).toBe('aerospace-b2b-20261105-follow-ups.csv');
    const data = Papa.parse<string[]>((await downloads[0].blob.text()).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    expect(data.errors).toEqual([]);
    const [header, ...rows] = data.data;
    expect(header).toEqual([...MEETING_SHEET_HEADER]);
    const at = (r: string[], name: (typeof MEETING_SHEET_HEADER)[number]) => r[MEETING_SHEET_HEADER.indexOf(name)];
    expect(rows.map((r) => [at(r, 'Partner'), at(r, 'Outcome'), at(r, 'Outcome note'), at(r, 'E-mail')])).toEqual([
      ['Aerocluster de Querétaro', 'follow-up', 'Send the MoU draft', 'ana@example.mx'],
      ["Chihuahua's Aerospace Cluster", 'follow-up', '', ''],
    ]);
    print.mockRestore();
  });

  it('says how to mark one when there is none', () => {
    alone(<FollowUps event={event} rows={ROWS.slice(0, 1)} delimiter="," />);
    const region = screen.getByRole('region', { name: 'Follow-ups (0 meetings)' });
    expect(region).toHaveTextContent('No meeting is marked for follow-up yet.');
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('the meeting list', () => {
  it('saves the outcome the user picks on the entry, with when it was set', async () => {
    const user = userEvent.setup();
    const { toggleShortlisted } = useAppStore.getState();
    [IDS.queretaro, IDS.monterrey].forEach(toggleShortlisted);
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Outcome of the meeting with Monterrey Aerocluster' }),
      'follow-up',
    );
    await user.type(screen.getByRole('textbox', { name: 'Outcome note for Monterrey Aerocluster' }), 'Visit');
    const list = useAppStore.getState().shortlists[0];
    const entry = list.entries.find((e) => e.clusterId === IDS.monterrey);
    expect(entry?.outcome).toMatchObject({ status: 'follow-up', note: 'Visit' });
    expect(Number.isNaN(Date.parse(entry?.outcome?.at ?? ''))).toBe(false);
    expect(list.entries.find((e) => e.clusterId === IDS.queretaro)).not.toHaveProperty('outcome');
    expect(screen.getByRole('region', { name: 'Follow-ups (1 meeting)' })).toHaveTextContent('Next step: Visit');
  });
});

describe('in Spanish', () => {
  inSpanish();

  it('words the control and the list in Spanish', async () => {
    const user = userEvent.setup();
    alone(
      <>
        <Stateful onChange={() => {}} />
        <FollowUps event={event} rows={ROWS} delimiter=";" />
      </>,
    );
    const select = screen.getByRole('combobox', { name: 'Resultado de la reunión con Monterrey Aerocluster' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['sin marcar', 'realizada', 'no realizada', 'seguimiento']);
    await user.selectOptions(select, 'seguimiento');
    expect(screen.getByRole('textbox', { name: 'Nota del resultado con Monterrey Aerocluster' })).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Seguimientos (2 reuniones)' });
    expect(region).toHaveTextContent('Siguiente paso: Send the MoU draft');
    expect(region).toHaveTextContent('Contacto: sin registrar');
    expect(within(region).getByRole('button', { name: 'Imprimir seguimientos' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Seguimientos (CSV)' })).toBeInTheDocument();
  });
});
