import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { B2bWorkspace } from '@/domain/b2b/participants';
import { buildXlsxBook } from '@/domain/xlsx';
import { readXlsxSheets } from '@/domain/xlsx-read';
import { B2bImport } from '@/features/b2b-import/b2b-import';
import { i18n } from '@/i18n/i18n';
import { b2bParticipant, b2bWorkspace, EVENT_DAY } from '../fixtures/b2b-workspace';
import { captureDownloads } from '../fixtures/downloads';
import { inSpanish, switchToSpanish } from './spanish';

const QRO = 'Clúster Aeroespacial de Querétaro';
const text = (cells: string[]) => cells.map((value) => ({ kind: 'text', value }) as const);

function setup(workspace = b2bWorkspace()) {
  const applied: B2bWorkspace[] = [];
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <B2bImport workspace={workspace} onApply={(next) => applied.push(next)} />
    </I18nextProvider>,
  );
  return { applied, user };
}

async function pick(user: ReturnType<typeof userEvent.setup>, file: File, button = /Import from a spreadsheet/) {
  await user.click(screen.getByRole('button', { name: button }));
  await user.upload(screen.getByLabelText(/Choose a file|Elegir un archivo/), file);
}

describe('B2bImport', () => {
  inSpanish({ fromStart: false });

  it('reports a file’s problems row by row and keeps Apply off', async () => {
    const { applied, user } = setup();
    const csv = `requester,partner,priority\nAero Spain,cluster aeroespacial de queretaro,must\nAero Spain,Ghost,urgent\n`;
    await pick(user, new File([csv], 'requests.csv', { type: 'text/csv' }));
    expect(await screen.findByTestId('import-summary')).toHaveTextContent(
      'requests.csv: 0 participants, 0 requests, 0 unavailable times; 3 problems',
    );
    const rows = within(screen.getByRole('table', { name: 'Problems in requests.csv' })).getAllByRole('row');
    expect(rows.slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      [
        'requests.csv',
        '2',
        'partner',
        `“cluster aeroespacial de queretaro” is already in the event as “${QRO}”: use that spelling`,
      ],
      ['requests.csv', '3', 'partner', '“Ghost” is not in the participants list (add it there, or check the spelling)'],
      ['requests.csv', '3', 'priority', 'unknown priority “urgent” (use must, should or could)'],
    ]);
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(applied).toEqual([]);
  });

  it('applies a valid workbook: new participants, requests and times merged in', async () => {
    const { applied, user } = setup();
    const bytes = buildXlsxBook([
      { name: 'Participantes', header: ['name', 'side', 'people'], rows: [text(['EU Rail', 'eu', 'Jo; Kim'])] },
      {
        name: 'availability',
        header: ['participant', 'date', 'start', 'end'],
        rows: [
          [
            ...text(['EU Rail']),
            { kind: 'date', value: EVENT_DAY },
            { kind: 'time', value: 540 },
            { kind: 'time', value: 600 },
          ],
        ],
      },
      { name: 'requests', header: ['requester', 'partner'], rows: [text(['EU Rail', QRO])] },
    ]);
    await pick(user, new File([bytes], 'event.xlsx'));
    expect(await screen.findByTestId('import-summary')).toHaveTextContent(
      'event.xlsx: 1 participant, 1 request, 1 unavailable time; 0 problems',
    );
    expect(screen.getByText('Participants: 1 new, 0 updated')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(applied).toHaveLength(1);
    expect(applied[0]!.participants.map((p) => p.name)).toEqual([QRO, 'Aero Spain', 'EU Rail']);
    expect(applied[0]!.requests).toContainEqual({ requester: 'EU Rail', partner: QRO, priority: 'should' });
    expect(applied[0]!.unavailable).toEqual([
      { participant: 'EU Rail', date: EVENT_DAY, start: '09:00', end: '10:00' },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('flags a request between two EU delegations, yet applies it', async () => {
    const { applied, user } = setup(
      b2bWorkspace({
        participants: [...b2bWorkspace().participants, b2bParticipant({ name: 'EU Rail', side: 'eu' })],
      }),
    );
    await pick(user, new File(['requester,partner\nAero Spain,EU Rail\n'], 'requests.csv'));
    const warning = await screen.findByRole('status');
    expect(warning).toHaveTextContent('1 request pairs two participants of the same side.');
    expect(warning).toHaveTextContent(
      'Aero Spain × EU Rail: Both are EU delegations: the sources describe B2B meetings between an EU delegation and a Mexican partner, not within one side.',
    );
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(applied[0]!.requests).toContainEqual({ requester: 'Aero Spain', partner: 'EU Rail', priority: 'should' });
  });

  it('warns of nothing for a request between the two sides', async () => {
    const { user } = setup();
    await pick(user, new File([`requester,partner\nAero Spain,${QRO}\n`], 'requests.csv'));
    await screen.findByTestId('import-summary');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('reads a CSV that Excel saved in the Windows code page', async () => {
    const { applied, user } = setup();
    // In Windows-1252, ú and é are one byte each (not valid UTF-8).
    const latin = Uint8Array.from('name,side\nClúster Querétaro,mx\n', (c) => c.charCodeAt(0));
    await pick(user, new File([latin], 'participants.csv'));
    expect(await screen.findByTestId('import-summary')).toHaveTextContent('1 participant');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(applied[0]!.participants.map((p) => p.name)).toContain('Clúster Querétaro');
  });

  it('refuses a file too large to be an event’s tables', async () => {
    const { user } = setup();
    const big = new File(['name,side\n'], 'huge.csv');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await pick(user, big);
    expect(await screen.findByRole('cell', { name: /larger than 10 MB/ })).toBeInTheDocument();
  });

  it('says an empty file is empty, and Cancel changes nothing', async () => {
    const { applied, user } = setup();
    await pick(user, new File([''], 'blank.csv'));
    expect(await screen.findByRole('cell', { name: 'the file is empty' })).toBeInTheDocument();
    // The title bar and the foot of the dialog both offer Cancel.
    const cancels = within(screen.getByRole('dialog')).getAllByRole('button', { name: 'Cancel' });
    expect(cancels).toHaveLength(2);
    await user.click(cancels[1]!);
    expect(applied).toEqual([]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes from the title bar’s Cancel too, changing nothing', async () => {
    const { applied, user } = setup();
    await pick(user, new File(['name,side\nEU Rail,eu\n'], 'participants.csv'));
    await screen.findByTestId('import-summary');
    await user.click(within(screen.getByRole('dialog')).getAllByRole('button', { name: 'Cancel' })[0]!);
    expect(applied).toEqual([]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('words the report in Spanish', async () => {
    await switchToSpanish();
    const { user } = setup();
    const csv = 'participant,date,start,end\nAero Spain,2026-10-20,08:00,09:30\n';
    await pick(user, new File([csv], 'disponibilidad.csv'), /Importar desde una hoja de cálculo/);
    expect(await screen.findByTestId('import-summary')).toHaveTextContent(
      'disponibilidad.csv: 0 participantes, 0 solicitudes, 1 horario no disponible; 1 problema',
    );
    expect(
      screen.getByRole('cell', { name: '08:00 es anterior a las sesiones de ese día (09:00–17:00)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aplicar' })).toBeDisabled();
  });

  it('downloads a template whose three sheets read back with their header rows', async () => {
    const downloads = captureDownloads();
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /Import from a spreadsheet/ }));
    await user.click(screen.getByRole('button', { name: 'Download a template' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.filename).toBe('b2b-import-template.xlsx');
    const sheets = await readXlsxSheets(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    expect(sheets).toEqual([
      { name: 'participants', rows: [['name', 'side', 'people', 'website', 'contact', 'max_meetings']] },
      { name: 'availability', rows: [['participant', 'date', 'start', 'end']] },
      { name: 'requests', rows: [['requester', 'partner', 'priority']] },
    ]);
    // Filled in as it is, the template imports: a round trip through the reader and the import.
    await user.upload(
      screen.getByLabelText(/Choose a file/),
      new File([await downloads[0]!.blob.arrayBuffer()], 'template.xlsx'),
    );
    expect(await screen.findByRole('cell', { name: 'there are no rows below the header' })).toBeInTheDocument();
    expect(screen.getByTestId('import-summary')).toHaveTextContent('; 1 problem');
  });
});
