// An .xlsx written by ExcelJS, read by the app's reader and imported: the tab with the partners,
// its date and boolean cells, and a state the dataset does not spell ("NL") reported on its row.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { readXlsxSheets } from '@/domain/xlsx-read';
import { suggestMapping } from '@/domain/own-facts/import-mapping';
import { importRows, prepareImport } from '@/domain/own-facts/import-run';
import { toSheetTable, type SheetTable } from '@/domain/own-facts/import-sheet';
import { partnersWorkbook } from '../fixtures/own-import-xlsx';
import { readPublicDataset } from '../fixtures/public-data';

const dataset = parseDataset(readPublicDataset()).dataset;

describe('importing an .xlsx', () => {
  it('reads the partners tab, its dates and booleans, and reports the bad cell', async () => {
    const sheets = await readXlsxSheets(await partnersWorkbook());
    expect(sheets.map((s) => s.name)).toEqual(['Notas', 'Socios']);
    const table = toSheetTable(sheets[1].rows) as SheetTable;
    const mapping = suggestMapping(table.header);
    expect(mapping).toEqual(['name', 'state', 'sectors', 'labelLevel', 'labelValidUntil', 'eccpMember', 'euPartners']);
    const prepared = prepareImport({ ...dataset, ownFacts: { organisations: [], corrections: [] } });
    const result = importRows(prepared, table, mapping, { fileName: 'socios.xlsx', now: '2026-12-01T10:00:00Z' });

    expect(result.add).toHaveLength(1);
    const { values } = result.add[0];
    expect(values.sectors?.value).toEqual(['renewable-energy', 'environment']);
    expect(values.labels?.value).toEqual([{ level: 'silver', validFrom: null, validUntil: '2027-06-30' }]);
    expect(values.eccpMember?.value).toBe(true);
    expect(values.euPartners?.value).toEqual([
      { name: 'Tecnalia', country: 'ES' },
      { name: 'Cluster Solaire', country: 'FR' },
    ]);
    // The alias finds CLAUT; its state cell "NL" is no spelling the dataset knows.
    expect(result.duplicates).toEqual([{ row: 3, clusterId: 'claut', matchedOn: 'alias' }]);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'Estado',
        message: '“NL” is not a Mexican state: write its name or code, e.g. Nuevo León or NLE',
      },
    ]);
  });
});
