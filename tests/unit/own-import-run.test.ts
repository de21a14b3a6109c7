// A whole sheet read against the real dataset: new organisations, corrections of duplicates with
// only the fields that differ, problem rows left out, and a re-import that changes nothing.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { suggestMapping } from '@/domain/own-facts/import-mapping';
import { importRows, prepareImport, type ImportData } from '@/domain/own-facts/import-run';
import { readCsvRows, toSheetTable, type SheetTable } from '@/domain/own-facts/import-sheet';
import type { OwnFacts } from '@/domain/own-facts/types';
import { ownCorrectionSchema, ownOrganisationSchema, ownValuesProblems } from '@/data/schemas/own-facts';
import { readPublicDataset } from '../fixtures/public-data';

const dataset = parseDataset(readPublicDataset()).dataset;
const NOW = '2026-12-01T10:00:00.000Z';
const stamp = { at: NOW, sourceUrl: null, note: 'Imported from clusters.csv' };

const CSV = [
  'Nombre;Estado;Sectores;Sitio web;Contacto;Correo;Teléfono;Etiqueta ESCA;Vigencia;Miembro ECCP;Notas',
  'Clúster Solar de Yucatán;Yucatán;Energías renovables;https://solar-yucatan.example.mx;Ana Garza;ana@solar.example.mx;+52 999 123 4567;plata;30/06/2027;no;met in Mérida',
  'cluster automotriz de nuevo leon;NLE;Automotive;https://www.claut.com.mx;;;;;;sí;',
  ';;;;;;;;;;',
  'Cluster Hidrógeno Verde;Sonora;Hydrogen;;;luis@;;;;;',
  'CLAUT;;;;;;;oro;23/06/2019;;',
  'Clúster Solar de Yucatán;;;;;;;;;;',
].join('\n');

const vocab = {
  sectors: new Set(dataset.sectors.map((s) => s.id)),
  interests: new Set(dataset.interests.map((i) => i.id)),
};

/** Read as the dialog reads: with the own-facts schema's field check. */
function read(csv: string, ownFacts: OwnFacts = { organisations: [], corrections: [] }) {
  const table = toSheetTable(readCsvRows(csv)) as SheetTable;
  const data: ImportData = { ...dataset, ownFacts };
  const prepared = prepareImport(data, (values) => ownValuesProblems(values, vocab));
  return importRows(prepared, table, suggestMapping(table.header), { fileName: 'clusters.csv', now: NOW });
}

describe('importRows on the real dataset', () => {
  const result = read(CSV);

  it('reports every row by its number in the sheet, skipping the blank one', () => {
    expect(result.rows.map((r) => [r.row, r.outcome.kind])).toEqual([
      [2, 'new'],
      [3, 'correction'],
      [5, 'problem'],
      [6, 'problem'],
      [7, 'problem'],
    ]);
  });

  it('adds a new organisation with every stated field, each stamped with the file', () => {
    expect(result.add).toHaveLength(1);
    const [org] = result.add;
    expect(org.id).toMatch(/^own-[a-z0-9]+-[a-z0-9]+$/);
    expect(org.created).toEqual(stamp);
    expect(org.values).toEqual({
      name: { value: 'Clúster Solar de Yucatán', stamp },
      state: { value: 'YUC', stamp },
      sectors: { value: ['renewable-energy'], stamp },
      website: { value: 'https://solar-yucatan.example.mx', stamp },
      contacts: {
        value: [
          { firstName: 'Ana', lastName: 'Garza', email: 'ana@solar.example.mx', phone: '+52 999 123 4567', role: null },
        ],
        stamp,
      },
      labels: { value: [{ level: 'silver', validFrom: null, validUntil: '2027-06-30' }], stamp },
      eccpMember: { value: false, stamp },
    });
  });

  it('offers a duplicate of CLAUT as corrections of the fields that differ only', () => {
    const claut = dataset.clusters.find((c) => c.id === 'claut');
    expect(claut?.website).toBe('http://www.claut.com.mx/');
    expect(claut?.eccpMember).toBe(true);
    expect(result.duplicates).toContainEqual({ row: 3, clusterId: 'claut', matchedOn: 'name' });
    expect(result.correct).toEqual([
      { clusterId: 'claut', values: { website: { value: 'https://www.claut.com.mx', stamp } } },
    ]);
    expect(result.rows[1].outcome).toEqual({
      kind: 'correction',
      id: 'claut',
      own: false,
      targetName: 'Cluster Automotriz de Nuevo León, A.C.',
      fields: ['website'],
    });
  });

  it('leaves out a row with problems whole, naming each bad cell', () => {
    expect(result.problems).toEqual([
      { row: 5, column: 'Sectores', message: 'unknown sector: Hydrogen' },
      { row: 5, column: 'Correo', message: 'This is not an e-mail address (name@example.org).' },
      { row: 5, column: 'Contacto', message: "Give the contact's first or last name." },
      { row: 6, column: null, message: 'the same organisation as row 3' },
      { row: 7, column: null, message: 'the same organisation as row 2' },
    ]);
    expect(result.add.map((o) => o.values.name.value)).not.toContain('Cluster Hidrógeno Verde');
  });

  it('changes nothing when the same sheet is imported again after applying it', () => {
    const again = read(CSV, { organisations: result.add, corrections: result.correct });
    expect(again.add).toEqual([]);
    expect(again.correct).toEqual([]);
    expect(again.rows.filter((r) => r.outcome.kind === 'unchanged').map((r) => r.row)).toEqual([2, 3]);
  });

  it('sees a sourced value written the same way as no change', () => {
    const same = read(
      'Name,Website,ESCA label,Label valid until,ECCP member\nCLAUT,HTTP://www.claut.com.mx,Gold,2019-06-23,yes',
    );
    expect(same.rows[0].outcome.kind).toBe('unchanged');
    expect(same.correct).toEqual([]);
  });

  it('adds a contact to those the record has, without dropping them', () => {
    const first = read('Name,Contact,E-mail\nCLAUT,Ana Garza,ana@claut.example.mx');
    const second = read('Name,Contact,E-mail\nCLAUT,Luis Peña,luis@claut.example.mx', {
      organisations: [],
      corrections: first.correct,
    });
    expect(second.correct[0].values.contacts?.value.map((c) => c.email)).toEqual([
      'ana@claut.example.mx',
      'luis@claut.example.mx',
    ]);
  });

  it('imports a matching row as a new organisation when the user says it is another one', () => {
    const table = toSheetTable(readCsvRows('Name,State\nSoftware Cluster,Yucatán')) as SheetTable;
    const prepared = prepareImport({ ...dataset, ownFacts: { organisations: [], corrections: [] } });
    const source = { fileName: 'clusters.csv', now: NOW };
    const matched = importRows(prepared, table, suggestMapping(table.header), source);
    expect(matched.correct).toEqual([{ clusterId: 'csoftmty', values: { state: { value: 'YUC', stamp } } }]);
    const apart = importRows(prepared, table, suggestMapping(table.header), source, new Set([2]));
    expect(apart.correct).toEqual([]);
    expect(apart.duplicates).toEqual([]);
    expect(apart.add.map((o) => [o.values.name.value, o.values.state?.value])).toEqual([['Software Cluster', 'YUC']]);
  });

  it('gives the store only what its schema accepts', () => {
    for (const org of result.add) expect(ownOrganisationSchema.safeParse(org).success, org.id).toBe(true);
    for (const c of result.correct) expect(ownCorrectionSchema.safeParse(c).success, c.clusterId).toBe(true);
    // CLAUT's sourced partners (countries written 'Spain') kept beside a new one, as ISO codes.
    const partners = read('Name,EU partners\nCLAUT,Tecnalia (ES)').correct[0];
    expect(ownCorrectionSchema.safeParse(partners).success).toBe(true);
    expect(partners.values.euPartners?.value.at(-1)).toEqual({ name: 'Tecnalia', country: 'ES' });
    expect(partners.values.euPartners?.value.some((p) => p.country === 'ES' && p.name !== 'Tecnalia')).toBe(true);
  });

  it.each([
    ['Website', 'www.claut.com.mx', 'Give a web address starting with http:// or https://.'],
    ['Website', 'javascript:alert(1)', 'Give a web address starting with http:// or https://.'],
    ['E-mail', 'ana.garza@', 'This is not an e-mail address (name@example.org).'],
    ['E-mail', 'ana garza@claut.mx', 'This is not an e-mail address (name@example.org).'],
  ])('refuses the %s %s with the store’s own message', (column, value, message) => {
    const checked = read(`Name,Contact,${column}\nCluster Uno,Ana Garza,${value}`);
    expect(checked.problems).toEqual([{ row: 2, column, message }]);
  });

  it('places the schema’s own problems on the column that fed the value', () => {
    const checked = read('Name,E-mail,Phone,Role\nCluster Uno,ana@uno.example.mx,+52 81 1234 5678 ext. 12,Director');
    expect(checked.problems).toEqual([
      { row: 2, column: 'Phone', message: 'Use digits, spaces, +, -, ( ) only (5 to 30 characters).' },
      { row: 2, column: null, message: "Give the contact's first or last name." },
    ]);
    expect(checked.add).toEqual([]);
  });

  it('reads no row while the mapping has no name column', () => {
    const noName = read('Estado,Web\nNLE,https://x.example.mx');
    expect(noName.mappingIssues).toEqual([{ kind: 'noName' }]);
    expect(noName.rows).toEqual([]);
  });
});
