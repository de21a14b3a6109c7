// @vitest-environment node
// The data layer's messages in Spanish: what the Data quality panel, the dataset error panel and
// the import report show a Spanish-speaking reader. English is covered by the other data tests.
import { describe, expect, it } from 'vitest';
import { fetchDataset } from '@/data/load-dataset';
import { parseDataset } from '@/data/parse-dataset';
import { parseShortlistFile, tooLargeMessage } from '@/data/parse-shortlist-file';
import { DatasetFileError, validateList } from '@/data/validate';
import { sectorSchema } from '@/data/schemas/sectors';
import { DEFAULT_EVENT } from '@/domain/event';
import { rawFixture } from '../fixtures/raw-files';
import { inSpanish } from '../fixtures/in-spanish';

inSpanish();

describe('dataset problems in Spanish', () => {
  it('reports a skipped record and an unknown reference', () => {
    const { problems } = validateList(
      'sectors.json',
      [{ id: 'ict', name: 'ICT', related: [], wordings: [] }],
      sectorSchema,
    );
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '[0].nameEs: se esperaba un texto, pero falta el valor',
    ]);

    const files = rawFixture();
    const [cluster] = files['clusters.json'];
    const broken = { ...files, 'clusters.json': [{ ...cluster!, focusAreas: ['misterio'] }] };
    expect(parseDataset(broken).problems.map((p) => p.message)).toEqual(['interés desconocido "misterio"']);
  });

  it('explains a file that is not a list, and one the server refused', async () => {
    expect(() => validateList('sectors.json', { a: 1 }, sectorSchema)).toThrow(
      'sectors.json: se esperaba una lista de registros, se recibió un objeto',
    );
    const notFound = (async () => new Response('', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    const error = await fetchDataset('/data/', notFound).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetFileError);
    expect((error as DatasetFileError).problems[0]?.message).toBe('no se pudo cargar: HTTP 404 Not Found');
  });
});

describe('import problems in Spanish', () => {
  it('words an empty file, a file too large and a cluster listed twice', () => {
    const problemsOf = (text: string) => {
      const result = parseShortlistFile(text, new Set(['claut']));
      return result.ok ? [] : result.problems.map((p) => p.message);
    };
    expect(problemsOf('  ')).toEqual(['El archivo está vacío']);
    expect(tooLargeMessage(6 * 1024 * 1024)).toBe(
      'El archivo pesa 6.0 MB; un archivo de lista de preselección puede pesar como máximo 5 MB',
    );
    const entry = { clusterId: 'claut', note: '' };
    const shortlist = { id: 'l', name: 'Lista', entries: [entry, entry], event: DEFAULT_EVENT };
    const twice = JSON.stringify({ format: 'eu-mexico-shortlist', version: 1, exportedAt: '2026-01-01', shortlist });
    expect(problemsOf(twice)).toEqual(['"claut" aparece dos veces']);
  });
});
