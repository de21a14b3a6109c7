// The ranking as a reviewer reads it, on the real dataset: per seed sector, the top five (Balanced,
// then with four interests) and, per preset, the share of the top k that is in the sector
// (k = exact-sector clusters, at most 8). `npm run rank-report`; prints text, changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseServedDataset } from '@/data/dataset-version';
import { DATASET_FILES, type RawDataset } from '@/data/parse-dataset';
import { EMPTY_FILTERS, WEIGHT_PRESETS, defaultProfile, type Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { activateLocale } from '@/i18n/i18n';

const SEED_SECTORS = ['automotive', 'aerospace', 'renewable-energy', 'ict', 'biotechnology'];
const FOUR_INTERESTS = ['rd-innovation', 'supply-chain', 'market-access', 'missions-matchmaking'];
const AS_OF = '2026-01-01';

await activateLocale('en');
const served = {} as RawDataset;
for (const file of DATASET_FILES) served[file] = JSON.parse(readFileSync(join('public', 'data', file), 'utf8'));
const index = buildIndex(parseServedDataset(served).dataset);

for (const sector of SEED_SECTORS) {
  const inSector = (id: string) =>
    index.clusters.find((c) => c.id === id)?.sectors.some((s) => s.id === sector) ?? false;
  const k = Math.min(8, index.clusters.filter((c) => c.sectors.some((s) => s.id === sector)).length);
  console.log(`\n## ${sector} (k = ${k})`);
  for (const interests of [[], FOUR_INTERESTS]) {
    const profile: Profile = { ...defaultProfile(AS_OF), sectors: [sector], interests };
    const top = rank(profile, index, {
      weights: WEIGHT_PRESETS[0]!.weights,
      expiredLabelFactor: 0.5,
      filters: EMPTY_FILTERS,
    });
    console.log(`Balanced, ${interests.length} interests, top five:`);
    for (const m of top.slice(0, 5))
      console.log(
        `  ${m.rank}. ${m.cluster.acronym ?? m.cluster.name} ${m.total.toFixed(1)}${m.sectorFit === 1 ? '' : m.sectorFit > 0 ? '  (related sector)' : '  (outside the sector)'}`,
      );
  }
  for (const interests of [[], FOUR_INTERESTS]) {
    const cells = WEIGHT_PRESETS.map((preset) => {
      const profile: Profile = { ...defaultProfile(AS_OF), sectors: [sector], interests };
      const top = rank(profile, index, { weights: preset.weights, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS });
      const hits = top.slice(0, k).filter((m) => inSector(m.cluster.id)).length;
      return `${preset.id} ${hits}/${k}`;
    });
    console.log(`precision (${interests.length} interests): ${cells.join(' · ')}`);
  }
}
