import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stateSchema } from '@/data/schemas/states';
import { sectorSchema } from '@/data/schemas/sectors';
import { interestSchema } from '@/data/schemas/interests';
import { contextFigureSchema } from '@/data/schemas/context';
import { stateCodes } from '@/data/schemas/common';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../../public/data', file), 'utf-8'));

const states = z.array(stateSchema).parse(read('states.json'));
const sectors = z.array(sectorSchema).parse(read('sectors.json'));
const interests = z.array(interestSchema).parse(read('interests.json'));
const context = z.array(contextFigureSchema).parse(read('context.json'));

const SECTOR_IDS = [
  'automotive',
  'aerospace',
  'renewable-energy',
  'energy',
  'oil-gas',
  'ict',
  'electronics',
  'media-creative',
  'biotechnology',
  'health',
  'medical-devices',
  'transport-logistics',
  'agrifood',
  'furniture-wood',
  'textile-apparel',
  'chemicals',
  'mining',
  'construction-real-estate',
  'tourism',
  'finance',
  'nanotechnology',
  'household-appliances',
  'robotics-automation',
  'bioeconomy',
  'advanced-manufacturing',
  'forestry',
  'environment',
];

/** briefing-2019, Table 6 – Formally organised clusters by state, "Number of clusters" column as printed. */
const TABLE6_2019: Array<[string, number]> = [
  ['AGU', 7],
  ['BCN', 10],
  ['CAM', 2],
  ['CHP', 1],
  ['CHH', 2],
  ['CMX', 6],
  ['COA', 3],
  ['COL', 1],
  ['GUA', 4],
  ['JAL', 6],
  ['MEX', 1],
  ['MIC', 2],
  ['NLE', 12],
  ['OAX', 4],
  ['PUE', 7],
  ['QUE', 5],
  ['SLP', 2],
  ['SON', 3],
  ['TAB', 1],
  ['TAM', 3],
  ['TLA', 1],
  ['VER', 1],
  ['YUC', 2],
  ['ZAC', 1],
];

const byCode = new Map(states.map((s) => [s.code, s]));

describe('states.json', () => {
  it('has the 32 federal entities, each once', () => {
    const codes = states.map((s) => s.code);
    expect(codes).toHaveLength(32);
    expect(new Set(codes).size).toBe(32);
    expect([...codes].sort()).toEqual([...stateCodes].sort());
  });

  it.each(TABLE6_2019)('%s has %i organised clusters in 2019 (briefing-2019 Table 6)', (code, count) => {
    const found = byCode
      .get(code as (typeof stateCodes)[number])!
      .indicators.filter((i) => i.kind === 'organised-clusters' && i.year === 2019);
    expect(found).toHaveLength(1);
    expect(found[0].value).toBe(count);
    expect(found[0].source.doc).toBe('briefing-2019');
  });

  it('has no 2019 organised-cluster count for states absent from Table 6', () => {
    const listed = new Set(TABLE6_2019.map(([c]) => c));
    for (const s of states.filter((x) => !listed.has(x.code))) {
      expect(s.indicators.some((i) => i.kind === 'organised-clusters' && i.year === 2019)).toBe(false);
    }
  });

  it('marks exactly the five aerospace hub states in 2019', () => {
    const hubs = states
      .filter((s) => s.indicators.some((i) => i.kind === 'aerospace-hub' && i.year === 2019))
      .map((s) => s.code)
      .sort();
    expect(hubs).toEqual(['BCN', 'CHH', 'NLE', 'QUE', 'SON']);
  });

  it('uses only known sector ids on indicators', () => {
    const ids = new Set(sectors.map((s) => s.id));
    for (const s of states) for (const i of s.indicators) if (i.sector) expect(ids.has(i.sector)).toBe(true);
  });

  it('keeps accents in Spanish names and gives an English name', () => {
    expect(byCode.get('NLE')!.name).toBe('Nuevo León');
    expect(byCode.get('NLE')!.nameEn).toBe('Nuevo Leon');
    expect(byCode.get('CMX')!.nameEn).toBe('Mexico City');
    expect(byCode.get('MEX')!.nameEn).toBe('State of Mexico');
  });

  it('has no name or alias shared by two states', () => {
    const seen = new Map<string, string>();
    for (const s of states) {
      for (const n of new Set([s.name, s.nameEn, ...s.aliases].map((x) => x.toLowerCase()))) {
        expect(seen.get(n) ?? s.code).toBe(s.code);
        seen.set(n, s.code);
      }
    }
  });
});

describe('sectors.json', () => {
  it('has exactly the fixed taxonomy', () => {
    expect(sectors.map((s) => s.id).sort()).toEqual([...SECTOR_IDS].sort());
  });

  it('has a symmetric related relation over existing ids, never self', () => {
    const ids = new Set(sectors.map((s) => s.id));
    const byId = new Map(sectors.map((s) => [s.id, s]));
    for (const s of sectors) {
      for (const r of s.related) {
        expect(ids.has(r)).toBe(true);
        expect(r).not.toBe(s.id);
        expect(byId.get(r)!.related).toContain(s.id);
      }
    }
  });

  it('maps every wording to exactly one sector', () => {
    const owner = new Map<string, string>();
    for (const s of sectors) {
      for (const w of s.wordings) {
        const key = w.toLowerCase();
        expect(owner.get(key) ?? s.id, `wording "${w}"`).toBe(s.id);
        owner.set(key, s.id);
      }
    }
    expect(owner.size).toBeGreaterThan(50);
  });

  it('maps the hinted wordings as agreed', () => {
    const owner = new Map(sectors.flatMap((s) => s.wordings.map((w) => [w.toLowerCase(), s.id] as const)));
    expect(owner.get('transportation and mobility')).toBe('automotive');
    expect(owner.get('production and engineering')).toBe('advanced-manufacturing');
    expect(owner.get('tourism healthcare')).toBe('tourism');
    expect(owner.get('robotic')).toBe('robotics-automation');
    expect(owner.get('petrochemical')).toBe('oil-gas');
  });
});

describe('interests.json', () => {
  it('has the nine fixed interest ids', () => {
    expect(interests.map((i) => i.id).sort()).toEqual(
      [
        'rd-innovation',
        'technology-transfer',
        'supply-chain',
        'training-skills',
        'market-access',
        'investment',
        'certification-quality',
        'missions-matchmaking',
        'policy-dialogue',
      ].sort(),
    );
  });

  it('has lowercase keywords, none shared between interests', () => {
    const seen = new Set<string>();
    for (const i of interests) {
      expect(i.keywords.length).toBeGreaterThan(0);
      for (const k of i.keywords) {
        expect(k).toBe(k.toLowerCase());
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
    }
  });
});

describe('context.json', () => {
  it('has unique ids and sector references that exist', () => {
    const ids = context.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sectorIds = new Set(sectors.map((s) => s.id));
    for (const c of context) if (c.sector) expect(sectorIds.has(c.sector)).toBe(true);
  });
});

// Transcribed from the source tables; states written as printed, mapped to codes.
const holders = (kind: string, year: number, detail?: RegExp) =>
  states
    .filter((s) =>
      s.indicators.some((i) => i.kind === kind && i.year === year && (!detail || detail.test(i.detail ?? ''))),
    )
    .map((s) => s.code)
    .sort();

describe('briefing-2016 Annex Table 3: organised clusters per state ("Number of clusters" as printed)', () => {
  const TABLE3_2016: Array<[string, number]> = [
    ['AGU', 7],
    ['BCN', 11],
    ['CAM', 1],
    ['CHP', 1],
    ['CHH', 2],
    ['CMX', 6],
    ['COA', 2],
    ['COL', 1],
    ['GUA', 2],
    ['JAL', 6],
    ['MEX', 1],
    ['MIC', 3],
    ['NLE', 12],
    ['OAX', 2],
    ['PUE', 2],
    ['QUE', 4],
    ['SLP', 2],
    ['SON', 2],
    ['TAB', 1],
    ['TAM', 1],
    ['TLA', 1],
    ['VER', 1],
    ['YUC', 2],
    ['ZAC', 1],
  ];
  it.each(TABLE3_2016)('%s has %i organised clusters in 2016', (code, count) => {
    const found = byCode
      .get(code as (typeof stateCodes)[number])!
      .indicators.filter((i) => i.kind === 'organised-clusters' && i.year === 2016);
    expect(found).toHaveLength(1);
    expect(found[0].value).toBe(count);
    expect(found[0].source.doc).toBe('briefing-2016');
  });
  it('lists exactly these 24 states and 74 clusters', () => {
    expect(holders('organised-clusters', 2016)).toEqual(TABLE3_2016.map(([c]) => c).sort());
    expect(TABLE3_2016.reduce((n, [, v]) => n + v, 0)).toBe(74);
  });
});

describe("briefing-2019 Table 3: automotive clusters' main subsectors and top locations", () => {
  const rows: Array<[string, string[]]> = [
    // Light vehicles and their Engines
    ['automotive-light-vehicles', ['AGU', 'BCN', 'CHH', 'COA', 'MEX', 'GUA', 'JAL', 'MOR', 'NLE', 'PUE', 'SLP', 'SON']],
    // Heavy vehicles and their Engines
    ['automotive-heavy-vehicles', ['BCN', 'COA', 'MEX', 'GUA', 'HID', 'NLE', 'QUE', 'SLP']],
    // Centres of research and development (the row continues after the page break: Querétaro, SLP, Sonora)
    ['automotive-rd-centre', ['AGU', 'BCN', 'CHH', 'CMX', 'MEX', 'JAL', 'NLE', 'PUE', 'QUE', 'SLP', 'SON']],
  ];
  it.each(rows)('%s is held by exactly the listed states', (kind, codes) => {
    expect(holders(kind, 2019)).toEqual([...codes].sort());
  });
});

describe("briefing-2019 Table 4: top locations of Mexico's renewable energy projects", () => {
  const rows: Array<[string, string[]]> = [
    [
      'bioenergy',
      [
        'AGU',
        'BCN',
        'CAM',
        'CHP',
        'CHH',
        'COA',
        'COL',
        'DUR',
        'MEX',
        'GUA',
        'HID',
        'JAL',
        'MIC',
        'MOR',
        'NAY',
        'NLE',
        'OAX',
        'PUE',
        'QUE',
        'ROO',
        'SLP',
        'SIN',
        'SON',
        'TAB',
        'TAM',
        'VER',
      ],
    ],
    ['geothermal', ['BCS', 'HID', 'JAL', 'MIC', 'NAY', 'PUE']],
    [
      'hydro',
      [
        'BCN',
        'CHP',
        'CHH',
        'COA',
        'DUR',
        'MEX',
        'GUA',
        'GRO',
        'HID',
        'JAL',
        'MIC',
        'NAY',
        'OAX',
        'PUE',
        'QUE',
        'SLP',
        'SIN',
        'SON',
        'TAM',
        'VER',
      ],
    ],
    // Two printed columns: Aguascalientes…Jalisco and Morelos…Zacatecas (28 states)
    [
      'solar',
      [
        'AGU',
        'BCN',
        'BCS',
        'CAM',
        'CHP',
        'CHH',
        'COA',
        'COL',
        'DUR',
        'MEX',
        'GUA',
        'GRO',
        'HID',
        'JAL',
        'MOR',
        'NAY',
        'NLE',
        'PUE',
        'QUE',
        'ROO',
        'SLP',
        'SIN',
        'SON',
        'TAB',
        'TAM',
        'VER',
        'YUC',
        'ZAC',
      ],
    ],
    [
      'wind',
      [
        'BCN',
        'BCS',
        'CHP',
        'CHH',
        'COA',
        'DUR',
        'HID',
        'JAL',
        'NLE',
        'OAX',
        'PUE',
        'QUE',
        'ROO',
        'SLP',
        'SON',
        'TAM',
        'VER',
        'YUC',
        'ZAC',
      ],
    ],
  ];
  it.each(rows)('%s projects: exactly the listed states', (type, codes) => {
    expect(holders('renewable-projects', 2019, new RegExp(`^Top location for ${type} `, 'i'))).toEqual(
      [...codes].sort(),
    );
  });
});

describe('aerospace hubs and 2016 sector predominance (briefing-2016 Table 2)', () => {
  it('marks the same five aerospace hub states in 2016', () => {
    expect(holders('aerospace-hub', 2016)).toEqual(['BCN', 'CHH', 'NLE', 'QUE', 'SON']);
  });
  it.each([
    ['automotive', ['NLE', 'GUA', 'MEX', 'CHH', 'PUE', 'BCN']],
    ['aerospace', ['BCN', 'NLE', 'CHH', 'QUE', 'SON']],
    ['renewable-energy', ['PUE', 'BCN', 'CHP', 'COA']],
  ])('%s: states where clusters are predominantly located', (sector, codes) => {
    const found = states
      .filter((s) => s.indicators.some((i) => i.kind === 'sector-predominance' && i.sector === sector))
      .map((s) => s.code)
      .sort();
    expect(found).toEqual([...codes].sort());
  });
});
