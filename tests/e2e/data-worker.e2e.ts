import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_FILES } from '@/data/dataset-files';
import { WORKER_MIN_BYTES } from '@/data/load-dataset';
import { launch, openPage } from './browser';
import { rewriteServed, tableRows, type ServedFile } from './data-integrity-helpers';
import { matchItems } from './helpers';
import { syntheticClusters } from './perf-helpers';

// Issue 15: a large dataset is parsed and validated in the dataset worker. What goes wrong with it
// must read exactly as it does when the page validates (data-integrity.e2e.ts): the same Data
// quality rows with file, record and path, the same broken-dataset and version panels.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const REAL = readFileSync('public/data/clusters.json', 'utf8');
const VERSION = (JSON.parse(readFileSync('public/data/meta.json', 'utf8')) as { version: string }).version;
/** Enough clusters for the worker (the real ones plus valid copies). */
const large = () => syntheticClusters(REAL, 25_000) as ServedFile;

/** Opens the app with clusters.json as `change` leaves the large one; counts the workers started. */
async function openLarge(change: (served: ServedFile) => ServedFile | string, query = '?s=aerospace') {
  const workers: string[] = [];
  const watched = await openPage(browser, query, undefined, {
    beforeGoto: async (p: Page) => {
      p.on('worker', (w) => workers.push(w.url()));
      await p.route('**/data/clusters.json', (route) => {
        const changed = change(large());
        const body = typeof changed === 'string' ? changed : JSON.stringify(changed);
        return route.fulfill({ status: 200, contentType: 'application/json', body });
      });
    },
  });
  return { ...watched, workers };
}

describe('the dataset worker (production build, Chromium)', () => {
  it('is used for a large dataset, and a broken record gets the same Data quality row', async () => {
    expect(JSON.stringify(large()).length).toBeGreaterThan(WORKER_MIN_BYTES);
    let broken = { id: '', index: 2400 };
    const { page, context, consoleErrors, workers } = await openLarge((served) => {
      const record = served.records?.[broken.index] as Record<string, unknown>;
      broken = { ...broken, id: String(record.id) };
      record.name = '';
      return served;
    });
    await matchItems(page).first().waitFor({ timeout: 60_000 });
    expect(workers.some((url) => /dataset-worker-[\w-]+\.js$/.test(url))).toBe(true);
    await page.getByText(/^Data quality:/).click();
    expect(await tableRows(page, 'Data quality problems')).toEqual([
      ['clusters.json', broken.id, `[${broken.index}].name`, 'must not be empty'],
    ]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('words the problem in the language of the page (Spanish)', async () => {
    const { page, context } = await openLarge((served) => {
      (served.records?.[2400] as Record<string, unknown>).name = '';
      return served;
    }, '?s=aerospace&lang=es');
    await matchItems(page).first().waitFor({ timeout: 60_000 });
    await page.getByText(/^Calidad de los datos:/).click();
    const rows = await tableRows(page, 'Problemas de calidad de los datos');
    expect(rows.map((r) => r.slice(2))).toEqual([['[2400].name', 'no debe estar vacío']]);
    await context.close();
  });

  it('refuses a clusters.json that is not JSON with the broken-dataset panel naming the file', async () => {
    const { page, context, workers } = await openLarge((served) => JSON.stringify(served).slice(0, -10));
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'The dataset could not be loaded' }).waitFor({ timeout: 60_000 });
    expect(workers.length).toBeGreaterThan(0);
    const text = await alert.innerText();
    expect(text).toContain('The file clusters.json has a problem.');
    expect(text).toMatch(/\(file\): is not valid JSON: .+/);
    expect(await alert.getByRole('button', { name: 'Retry' }).isEnabled()).toBe(true);
    await context.close();
  });

  it('refuses a set with a file of another version, naming each file and its version', async () => {
    const { page, context } = await openPage(browser, '', undefined, {
      beforeGoto: async (p: Page) => {
        await rewriteServed(p, 'eu.json', (eu) => ({ ...eu, datasetVersion: '0.9.0' }));
        await p.route('**/data/clusters.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(large()) }),
        );
      },
    });
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'The data files are of different versions' }).waitFor({ timeout: 60_000 });
    expect(await alert.innerText()).toContain(`meta.json names version ${VERSION}`);
    const rows = await tableRows(alert, 'Dataset version of each file');
    expect(rows).toContainEqual(['eu.json', '0.9.0', `different from ${VERSION}`]);
    expect(rows).toHaveLength(CORE_FILES.length);
    await context.close();
  });
});
