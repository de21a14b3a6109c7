// Validates public/data against the same zod schemas the app uses, checks referential
// integrity, and prints a data-quality summary. Exit code 1 on any problem. Every file must carry
// meta.json's version as its `datasetVersion` (src/data/dataset-version.ts): bump them together.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseServedDataset } from '@/data/dataset-version';
import { DatasetVersionError, versionText } from '@/data/dataset-version-error';
import { DATASET_FILES, type RawDataset } from '@/data/parse-dataset';
import { DatasetFileError } from '@/data/validate';
import { activateLocale } from '@/i18n/i18n';

// A developer tool: its messages stay English whatever the app's language.
await activateLocale('en');

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'public', 'data');

function load(): RawDataset {
  const raw = {} as RawDataset;
  for (const file of DATASET_FILES) {
    const text = readFileSync(join(dir, file), 'utf8');
    try {
      raw[file] = JSON.parse(text);
    } catch (error) {
      console.error(`✗ ${file}: not valid JSON (${(error as Error).message})`);
      process.exit(1);
    }
  }
  return raw;
}

try {
  const { dataset: d, problems } = parseServedDataset(load());
  const rows: Array<[string, number]> = [
    ['clusters', d.clusters.length],
    ['states', d.states.length],
    ['sectors', d.sectors.length],
    ['interests', d.interests.length],
    ['policies', d.policies.length],
    ['EU clusters', d.eu.euClusters.length],
    ['ESCP-4i partnerships', d.eu.escp4i.length],
    ['EU–Mexico pairs', d.eu.pairs.length],
    ['events and missions', d.eu.events.length],
    ['success stories', d.eu.successStories.length],
    ['context figures', d.context.length],
  ];
  console.log(`Dataset ${d.meta.version} (compiled ${d.meta.compiledOn})`);
  for (const [label, n] of rows) console.log(`  ${label.padEnd(24)} ${n}`);
  const noState = d.clusters.filter((c) => c.state === null);
  const noPosition = d.clusters.filter((c) => c.position === null);
  const labelled = d.clusters.filter((c) => c.labels.length > 0);
  const aliases = d.clusters.reduce((n, c) => n + c.aliases.length, 0);
  console.log('Data quality');
  console.log(
    `  clusters without state     ${noState.length}${noState.length ? ` (${noState.map((c) => c.id).join(', ')})` : ''}`,
  );
  console.log(`  clusters without position  ${noPosition.length}`);
  console.log(`  clusters with ESCA label   ${labelled.length}`);
  console.log(`  ECCP members               ${d.clusters.filter((c) => c.eccpMember).length}`);
  console.log(`  aliases kept               ${aliases}`);
  console.log(`  states with indicators     ${d.states.filter((s) => s.indicators.length > 0).length}`);
  if (problems.length) {
    console.error(`✗ ${problems.length} problem(s):`);
    for (const p of problems.slice(0, 50))
      console.error(`  ${p.file} ${p.path}${p.recordId ? ` (${p.recordId})` : ''}: ${p.message}`);
    process.exit(1);
  }
  console.log('✓ dataset valid');
} catch (error) {
  if (error instanceof DatasetVersionError) {
    console.error(`✗ the files are not one dataset version: meta.json names ${error.expected}`);
    for (const v of error.mismatched) console.error(`  ${v.file}: ${versionText(v.version)}`);
    process.exit(1);
  }
  if (error instanceof DatasetFileError) {
    console.error(`✗ ${error.file} is unusable:`);
    for (const p of error.problems.slice(0, 20)) console.error(`  ${p.path}: ${p.message}`);
    process.exit(1);
  }
  throw error;
}
