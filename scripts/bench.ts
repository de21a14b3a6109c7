// Ranking benchmark: synthetic datasets shaped like the real one (seeded, so runs compare), plus
// the real dataset from public/data. Exits 1 when a median exceeds 1.5× its budget.
// Then the B2B scheduler bench (scripts/bench-b2b.ts), which exits 1 when a target fails.
// With --web (as `npm run bench` runs it) it then runs scripts/bench-web.mjs as well.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseServedDataset } from '@/data/dataset-version';
import { DATASET_FILES, type RawDataset } from '@/data/parse-dataset';
import { stateCodes } from '@/data/schemas/common';
import { mulberry32 } from '@/domain/b2b/random';
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, type Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import type { DatasetIndex } from '@/domain/ranking/types';
import type { Cluster, ClusterLabel, Dataset, MexicanState, SourceRef, StateCode } from '@/domain/types';
import { benchScheduler } from './bench-b2b';

const CODES: readonly StateCode[] = stateCodes;
const SECTORS = [
  'aerospace',
  'automotive',
  'ict',
  'renewable-energy',
  'biotechnology',
  'agrifood',
  'logistics',
  'creative-industries',
  'energy',
  'medical-devices',
];
const INTERESTS = [
  'rd',
  'supply-chain',
  'training',
  'market-access',
  'internationalisation',
  'investment',
  'sustainability',
  'digitalisation',
];
const LEVELS = ['gold', 'silver', 'bronze'] as const;
const SRC: SourceRef = { doc: 'briefing-2019', section: 'synthetic' };

function syntheticDataset(n: number, seed: number): Dataset {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const some = <T>(xs: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(xs))),
  ];
  const states: MexicanState[] = CODES.map((code) => ({
    code,
    name: `Estado ${code}`,
    nameEn: `State ${code}`,
    aliases: [],
    capital: code,
    position: { lat: 20, lng: -100 },
    indicators: [
      {
        kind: 'organised-clusters',
        sector: null,
        value: Math.floor(rnd() * 15),
        detail: null,
        year: 2019,
        source: SRC,
      },
      ...some(SECTORS, 3).map((sector) => ({
        kind: pick(['sector-predominance', 'singled-out', 'aerospace-hub']),
        sector,
        value: 1,
        detail: null,
        year: 2016,
        source: SRC,
      })),
    ],
  }));
  const euClusters = Array.from({ length: 40 }, (_, i) => ({
    id: `eu-${i}`,
    name: `EU Cluster ${i}`,
    acronym: i % 2 ? `EUC${i}` : null,
    country: pick(['Spain', 'France', 'Austria', 'Germany', 'Italy']),
    sectors: some(SECTORS, 2),
    relation: 'both' as const,
    mexicanPartners: [] as string[],
    website: null,
    sources: [SRC],
  }));
  const clusters: Cluster[] = Array.from({ length: n }, (_, i) => {
    const labels: ClusterLabel[] =
      rnd() < 0.15
        ? [
            {
              level: pick(LEVELS),
              validUntil:
                rnd() < 0.8
                  ? `20${15 + Math.floor(rnd() * 8)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`
                  : null,
              edition: pick(['briefing-2016', 'briefing-2019'] as const),
              source: SRC,
            },
          ]
        : [];
    const eu = rnd() < 0.05 ? pick(euClusters) : null;
    return {
      id: `c-${i}`,
      name: `Clúster ${pick(['Aeroespacial', 'Automotriz', 'de Software', 'de Energía', 'Agroalimentario'])} ${i}`,
      aliases: rnd() < 0.3 ? [`Cluster ${i}`] : [],
      acronym: rnd() < 0.5 ? `CL${i}` : null,
      state: rnd() < 0.95 ? pick(CODES) : null,
      city: rnd() < 0.7 ? `Ciudad ${i % 200}` : null,
      position: null,
      sectors: some(SECTORS, 2)
        .concat(pick(SECTORS))
        .filter((s, j, a) => a.indexOf(s) === j)
        .map((id) => ({ id, wording: id })),
      labels,
      eccpMember: rnd() < 0.2,
      figures: [],
      committees: [],
      focusAreas: some(INTERESTS, 3),
      euPartners: eu ? [{ euClusterId: eu.id, name: eu.name, country: eu.country, source: SRC }] : [],
      website: null,
      editions: ['briefing-2019'],
      sources: [SRC],
      description: null,
      notes: null,
    };
  });
  return {
    meta: {
      version: 'synthetic',
      compiledOn: '2024-01-01',
      sources: [],
      attribution: '',
      editorial: [{ file: 'sectors', field: 'related', note: 'Our taxonomy.' }],
    },
    sectors: SECTORS.map((id, i) => ({
      id,
      name: id,
      nameEs: id,
      related: [SECTORS[(i + 1) % SECTORS.length] as string],
      wordings: [],
    })),
    interests: INTERESTS.map((id) => ({ id, name: id, nameEs: id, description: '', descriptionEs: '', keywords: [] })),
    states,
    clusters,
    eu: { euClusters, escp4i: [], pairs: [], events: [], successStories: [] },
  };
}

function realDataset(): Dataset {
  const dir = join(import.meta.dirname, '..', 'public', 'data');
  const raw = {} as RawDataset;
  for (const file of DATASET_FILES) raw[file] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return parseServedDataset(raw).dataset;
}

const profile: Profile = {
  sectors: ['aerospace'],
  interests: ['rd', 'supply-chain'],
  country: 'Spain',
  preferredStates: ['QUE', 'NLE'],
  euClusterId: 'eu-3',
  asOf: '2019-06-01',
};

// rank() builds each match's explanation on first read; `explain` reads every one of them, as a
// list showing all matches would.
function once(index: DatasetIndex, explain: boolean): void {
  const matches = rank(profile, index, { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS });
  if (explain) for (const m of matches) if (m.reasons.length === 0) throw new Error('no reasons');
}

function measure(index: DatasetIndex, warmup: number, runs: number, explain: boolean): number[] {
  for (let i = 0; i < warmup; i++) once(index, explain);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    once(index, explain);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

let failed = false;
function report(
  label: string,
  index: DatasetIndex,
  budget: number,
  warmup: number,
  runs: number,
  explain = false,
): void {
  const t = measure(index, warmup, runs, explain);
  const median = t[Math.floor(t.length / 2)] ?? 0;
  const f = (x: number) => x.toFixed(2);
  const over = median > 1.5 * budget;
  if (over) failed = true;
  console.log(
    `${label}: median ${f(median)} ms (min ${f(t[0] ?? 0)}, max ${f(t[t.length - 1] ?? 0)}) — budget ${budget} ms${over ? '  ✗ OVER 1.5× BUDGET' : ''}`,
  );
}

for (const [n, budget, warmup, runs] of [
  [1_000, 5, 5, 15],
  [10_000, 20, 5, 15],
  [100_000, 150, 3, 7],
] as const) {
  const start = performance.now();
  const index = buildIndex(syntheticDataset(n, 42));
  const built = performance.now() - start;
  report(`rank ${n} clusters`, index, budget, warmup, runs);
  console.log(`  (dataset generated and index built in ${built.toFixed(0)} ms)`);
}
const real = buildIndex(realDataset());
report(`rank real dataset (${real.clusters.length} clusters)`, real, 2, 10, 25);
report(`rank + explain every match, real dataset (${real.clusters.length} clusters)`, real, 2, 10, 25, true);
if (!benchScheduler()) failed = true;
// `npm run bench` continues with the web bench (bundle sizes and browser timings).
if (process.argv.includes('--web')) {
  console.log('\nWeb bench (npm run bench:web):');
  const web = spawnSync('npx', ['tsx', join(import.meta.dirname, 'bench-web.mjs')], { stdio: 'inherit' });
  if (web.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
