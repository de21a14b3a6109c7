// The import dialog on its own, with the real dataset: a sheet with one bad row shows the report,
// Apply imports the valid rows only, a mapping change re-reads the sheet, and Cancel changes nothing.
import { render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { i18n } from '@/i18n/i18n';
import type { ImportResult } from '@/domain/own-facts/import-run';
import { applyImport } from '@/features/own-import/apply-import';
import { ImportDialog } from '@/features/own-import/import-dialog';
import { useOwnFactsStore } from '@/stores/own-facts-store';
import { partnersWorkbook } from '../fixtures/own-import-xlsx';
import { readPublicDataset } from '../fixtures/public-data';
import { inSpanish } from './spanish';

const dataset = parseDataset(readPublicDataset()).dataset;

const CSV = [
  'Nombre,Estado,Sitio web,Contacto,Correo,Comentarios',
  'Clúster Solar de Yucatán,Yucatán,https://solar.example.mx,Ana Garza,ana@solar.example.mx,met in Mérida',
  'cluster automotriz de nuevo leon,NLE,https://www.claut.com.mx,,,',
  'Cluster Hidrógeno Verde,Sonora,www.h2.example.mx,Luis Peña,luis@,',
].join('\n');

/** Opens the dialog from a button, as the header's Your data menu does, and closes it on Apply. */
function Opener({ onApply }: { onApply: (result: ImportResult) => void }) {
  const [open, setOpen] = useState(false);
  const { clusters, states, sectors, interests } = dataset;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Import organisations from a sheet
      </button>
      {open && (
        <ImportDialog
          data={{ clusters, states, sectors, interests, ownFacts: { organisations: [], corrections: [] } }}
          onClose={() => setOpen(false)}
          onApply={(result) => {
            onApply(result);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

function setup() {
  const onApply = vi.fn<(result: ImportResult) => void>();
  render(
    <I18nextProvider i18n={i18n}>
      <Opener onApply={onApply} />
    </I18nextProvider>,
  );
  // A file picker's "All files" choice lets any file through, as a user can.
  return { onApply, user: userEvent.setup({ applyAccept: false }) };
}

async function pick(user: ReturnType<typeof userEvent.setup>, name: string, body: string | Uint8Array) {
  await user.click(screen.getByRole('button', { name: /import organisations from a sheet|importar organizaciones/i }));
  const dialog = screen.getByRole('dialog');
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, new File([body as BlobPart], name));
  return dialog;
}

describe('OwnImport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    useOwnFactsStore.setState(useOwnFactsStore.getInitialState(), true);
  });

  it('reports each row, leaves out the bad one and applies the others', async () => {
    const { onApply, user } = setup();
    const dialog = await pick(user, 'partners.csv', CSV);
    const rows = within(dialog).getAllByRole('row');
    const row = (n: string) => rows.find((r) => within(r).queryByRole('rowheader', { name: n }));
    expect(row('2')).toHaveTextContent('New organisation');
    expect(row('3')).toHaveTextContent('Correction of “Cluster Automotriz de Nuevo León, A.C.”: website');
    expect(row('4')).toHaveTextContent('Not imported');
    expect(row('4')).toHaveTextContent('Column “Sitio web”: Give a web address starting with http:// or https://.');
    expect(row('4')).toHaveTextContent('Column “Correo”: This is not an e-mail address (name@example.org).');
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 row with problems will be left out');
    expect(onApply).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 rows' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const result = onApply.mock.calls[0][0];
    expect(result.add.map((o) => o.values.name.value)).toEqual(['Clúster Solar de Yucatán']);
    expect(result.add[0].values.state?.value).toBe('YUC');
    expect(result.add[0].created.note).toBe('Imported from partners.csv');
    expect(result.correct).toEqual([
      { clusterId: 'claut', values: { website: { value: 'https://www.claut.com.mx', stamp: result.add[0].created } } },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('re-reads the sheet when a column’s mapping changes', async () => {
    const { user } = setup();
    const dialog = await pick(user, 'partners.csv', CSV);
    const website = within(dialog).getByRole('combobox', { name: 'Field for column “Sitio web”' });
    const email = within(dialog).getByRole('combobox', { name: 'Field for column “Correo”' });
    expect(website).toHaveValue('website');
    expect(within(dialog).getByRole('combobox', { name: 'Field for column “Comentarios”' })).toHaveValue('');

    await user.selectOptions(website, 'Ignore this column');
    await user.selectOptions(email, 'Ignore this column');
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(within(dialog).getByText(/3 rows/)).toHaveTextContent(
      '3 rows · 2 new organisations · 0 corrections · 1 up to date · 0 with problems',
    );
    expect(within(dialog).getByRole('button', { name: 'Import 2 rows' })).toBeEnabled();

    // Two columns into one field, or none into the name, blocks Apply until fixed.
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Field for column “Nombre”' }),
      'Ignore this column',
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Choose the column that holds the organisation’s name.',
    );
    expect(within(dialog).getByRole('button', { name: 'Import 0 rows' })).toBeDisabled();
  });

  it('imports a matched row as a new organisation when the user ticks it', async () => {
    const { onApply, user } = setup();
    const dialog = await pick(user, 'partners.csv', CSV);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Import row 3 as a new organisation instead' }));
    expect(dialog).toHaveTextContent('3 rows · 2 new organisations · 0 corrections');
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 rows' }));
    const result = onApply.mock.calls[0][0];
    expect(result.correct).toEqual([]);
    expect(result.add.map((o) => o.values.name.value)).toEqual([
      'Clúster Solar de Yucatán',
      'cluster automotriz de nuevo leon',
    ]);
  });

  it('merges the applied rows into the user’s own facts', async () => {
    const { onApply, user } = setup();
    onApply.mockImplementation(applyImport);
    const dialog = await pick(user, 'partners.csv', CSV);
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 rows' }));
    const { replica } = useOwnFactsStore.getState();
    expect(replica.organisations.map((o) => o.values.name.value)).toEqual(['Clúster Solar de Yucatán']);
    expect(replica.corrections.map((c) => [c.clusterId, Object.keys(c.values)])).toEqual([['claut', ['website']]]);
  });

  it('changes nothing on Cancel', async () => {
    const { onApply, user } = setup();
    const dialog = await pick(user, 'partners.csv', CSV);
    expect(dialog).toHaveTextContent('File: partners.csv');
    await user.click(within(dialog).getAllByRole('button', { name: 'Cancel' })[1]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('opens the partners tab of an .xlsx and lets the user pick another', async () => {
    // jsdom's Blob has no stream() for the reader's DecompressionStream; browsers and Node's Blob do.
    vi.stubGlobal('Blob', NodeBlob);
    const { user } = setup();
    const book = await partnersWorkbook();
    const dialog = await pick(user, 'socios.xlsx', book);
    const sheet = await within(dialog).findByRole('combobox', { name: 'Sheet' });
    expect(sheet).toHaveDisplayValue('Socios');
    expect(within(dialog).getByRole('combobox', { name: 'Field for column “Vigencia”' })).toHaveValue(
      'labelValidUntil',
    );
    expect(dialog).toHaveTextContent(
      'Not imported (the same organisation as “Cluster Automotriz de Nuevo León, A.C.”)',
    );
    expect(dialog).toHaveTextContent('Column “Estado”: “NL” is not a Mexican state');

    await user.selectOptions(sheet, 'Notas');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Choose the column that holds the organisation’s name.',
    );
  });

  it('refuses a file that is neither CSV nor .xlsx', async () => {
    const { user } = setup();
    const dialog = await pick(user, 'partners.xls', 'binary');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Only CSV and .xlsx files can be imported.');
  });
});

describe('OwnImport in Spanish', () => {
  inSpanish();

  it('words the mapping and the report in Spanish', async () => {
    const { user } = setup();
    const dialog = await pick(user, 'socios.csv', CSV);
    expect(within(dialog).getByRole('combobox', { name: 'Campo de la columna «Correo»' })).toHaveValue('contactEmail');
    expect(dialog).toHaveTextContent('Columna «Correo»: No es una dirección de correo válida (nombre@ejemplo.org).');
    expect(within(dialog).getByRole('button', { name: 'Importar 2 filas' })).toBeEnabled();
  });
});
