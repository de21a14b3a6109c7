import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stateSchema } from '@/data/schemas/states';
import { sectorSchema } from '@/data/schemas/sectors';
import { interestSchema } from '@/data/schemas/interests';
import { contextFigureSchema } from '@/data/schemas/context';
import { stateCodes } from '@/data/schemas/common';
import { readDataFile } from '../fixtures/public-data';

const read = readDataFile;

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

  it('names every sector in Spanish too, each name its own (our editorial translation)', () => {
    const spanish = sectors.map((s) => s.nameEs);
    expect(new Set(spanish).size).toBe(sectors.length);
    for (const s of sectors) expect(s.nameEs, s.id).not.toBe(s.name);
    expect(sectors.find((s) => s.id === 'ict')?.nameEs).toBe('TIC y software');
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

  it('names and describes every interest in Spanish too', () => {
    expect(new Set(interests.map((i) => i.nameEs)).size).toBe(interests.length);
    for (const i of interests) {
      expect(i.nameEs, i.id).not.toBe(i.name);
      expect(i.descriptionEs, i.id).not.toBe(i.description);
    }
    expect(interests.find((i) => i.id === 'missions-matchmaking')?.nameEs).toMatch(/ruedas de negocios/);
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

// Audit (third pass): every context figure re-read against the cited report. Value, unit, reference year
// (null where the passage gives none) and document, as transcribed.
describe('context.json: figures as given in the cited reports', () => {
  const FIGURES: Array<[string, number, string, number | null, string]> = [
    ['eu-fdi-stock-in-mexico-2016', 137.3, 'EUR billion', 2016, 'briefing-2019'],
    ['mexico-fdi-in-eu-2016', 42.3, 'EUR billion', 2016, 'briefing-2019'],
    ['eu-investment-in-mexico-2015', 6.55, 'EUR billion', 2015, 'briefing-2016'],
    ['eu-share-of-fdi-2016-edition', 37.8, '%', null, 'briefing-2016'],
    ['eu-share-of-mexico-trade-2015', 7.7, '%', 2015, 'briefing-2016'],
    ['eu-investment-2000-2015', 140, 'EUR billion', 2015, 'briefing-2019'],
    ['gdp-per-capita-2017', 7800, 'EUR', 2017, 'briefing-2019'],
    ['gdp-per-capita-2015', 8007.7, 'EUR', 2015, 'briefing-2016'],
    ['gdp-growth-2015', 2.52, '%', 2015, 'briefing-2016'],
    ['gdp-growth-2009-2019-edition', -5.2, '%', 2009, 'briefing-2019'],
    ['gdp-growth-2009-2016-edition', -4.7, '%', 2009, 'briefing-2016'],
    ['gdp-growth-2018', 2.2, '%', 2018, 'paper-2019'],
    ['competitiveness-rank-2018', 46, 'rank', 2018, 'briefing-2019'],
    ['competitiveness-rank-2015', 57, 'rank', 2015, 'briefing-2016'],
    ['fdi-confidence-rank-2018', 17, 'rank', 2018, 'briefing-2019'],
    ['fdi-confidence-rank-2016', 18, 'rank', 2016, 'briefing-2016'],
    ['doing-business-rank-2018', 49, 'rank', 2018, 'briefing-2019'],
    ['doing-business-rank-2015', 39, 'rank', 2015, 'briefing-2016'],
    ['services-share-of-gdp-2019-edition', 50.9, '%', null, 'briefing-2019'],
    ['tertiary-share-of-gdp-2016-edition', 59, '%', null, 'briefing-2016'],
    ['fdi-share-manufacturing-1999-2017', 49, '%', 2017, 'briefing-2019'],
    ['fdi-share-finance-1999-2017', 14, '%', 2017, 'briefing-2019'],
    ['clusters-promexico-2016', 155, 'clusters', null, 'briefing-2016'],
    ['auto-share-of-gdp-2016', 3, '%', 2016, 'briefing-2019'],
    ['auto-share-of-manufacturing-gdp-2016', 18, '%', 2016, 'briefing-2019'],
    ['vehicle-production-2016', 3.47, 'million vehicles', 2016, 'briefing-2019'],
    ['vehicle-production-2015', 3.4, 'million vehicles', 2015, 'briefing-2016'],
    ['vehicle-exports-2016', 2.77, 'million vehicles', 2016, 'briefing-2019'],
    ['vehicle-production-target-2020', 5, 'million vehicles', 2020, 'briefing-2019'],
    ['light-vehicle-plants', 23, 'plants', null, 'briefing-2019'],
    ['heavy-vehicle-plants', 15, 'plants', null, 'briefing-2019'],
    ['automotive-clusters', 31, 'clusters', null, 'briefing-2019'],
    ['automotive-fdi-2014', 1657, 'EUR million', 2014, 'briefing-2016'],
    ['automotive-share-of-fdi-2014', 19.5, '%', 2014, 'briefing-2016'],
    ['auto-parts-production', 79, 'EUR billion', null, 'paper-2017'],
    ['aerospace-companies-2017', 330, 'companies', 2017, 'briefing-2019'],
    ['aerospace-companies-2009', 112, 'companies', 2009, 'briefing-2019'],
    ['aerospace-companies-2016-edition', 300, 'companies', null, 'briefing-2016'],
    ['aerospace-professionals-2016-edition', 45000, 'jobs', null, 'briefing-2016'],
    ['aerospace-gdp-2013', 711, 'EUR million', 2013, 'briefing-2019'],
    ['aerospace-gdp-2017', 1100, 'EUR million', 2017, 'briefing-2019'],
    ['aerospace-production-2013', 330, 'EUR million', 2013, 'briefing-2019'],
    ['aerospace-production-2017', 531.9, 'EUR million', 2017, 'briefing-2019'],
    ['aerospace-exports-2017', 6.8, 'EUR billion', 2017, 'briefing-2019'],
    ['aerospace-fdi-10-years', 2.6, 'EUR billion', null, 'briefing-2019'],
    ['aerospace-manufacturers-share', 72.2, '%', null, 'briefing-2019'],
    ['proaereo-export-target-2020', 10.5, 'EUR billion', 2020, 'briefing-2019'],
    ['proaereo-jobs-target-2020', 110000, 'jobs', 2020, 'briefing-2019'],
    ['aerospace-us-fdi-1999-2014', 662, 'EUR million', 2014, 'paper-2017'],
    ['power-investment-planned-2030', 96.6, 'EUR billion', 2030, 'briefing-2019'],
    ['clean-energy-investment-2015', 3.5, 'EUR billion', 2015, 'briefing-2019'],
    ['renewable-fdi-projects-2010-2016', 72, 'projects', 2016, 'briefing-2019'],
    ['renewable-fdi-2010-2015', 11989.3, 'EUR million', 2015, 'briefing-2016'],
    ['renewable-share-of-capacity-2019-edition', 23, '%', null, 'briefing-2019'],
    ['renewable-share-of-capacity-2016-edition', 24.5, '%', null, 'briefing-2016'],
    ['wind-installed-2014', 2037, 'MW', 2014, 'briefing-2016'],
    ['solar-installed-2014', 66, 'MW', 2014, 'briefing-2016'],
    ['solar-investment-2017', 5.4, 'EUR billion', 2017, 'briefing-2019'],
    ['wind-farms', 37, 'wind farms', 2015, 'briefing-2019'],
    ['renewable-projects-promexico', 99, 'projects', null, 'briefing-2019'],
    ['renewable-clusters-2016', 81, 'clusters', null, 'briefing-2016'],
    ['renewable-capacity-target-2018', 23345, 'MW', 2018, 'briefing-2019'],
    ['additional-wind-capacity-2028', 11585, 'MW', 2028, 'briefing-2016'],
    ['additional-solar-capacity-2028', 3121, 'MW', 2028, 'briefing-2016'],
    ['eib-solar-cofinancing-2018', 75, 'EUR million', 2018, 'paper-2019'],
    ['internet-users-2017', 79, 'million users', 2017, 'briefing-2019'],
    ['internet-users-share-2017', 67, '%', 2017, 'briefing-2019'],
    ['it-share-of-gdp-2016', 0.15, '%', 2016, 'briefing-2019'],
    ['it-services-market-value', 9.9, 'EUR billion', 2016, 'briefing-2019'],
    ['it-companies', 4000, 'companies', null, 'briefing-2019'],
    ['it-investment-2013-2017', 1.3, 'EUR billion', 2017, 'briefing-2019'],
    ['it-clusters-tech-parks', 19, 'clusters', null, 'briefing-2019'],
    ['ict-clusters-2016', 13, 'clusters', 2016, 'briefing-2019'],
    ['biotech-companies-2016-edition', 400, 'companies', null, 'briefing-2016'],
    ['biotech-health-share', 33, '%', 2012, 'briefing-2016'],
    ['biotech-researchers', 2500, 'researchers', null, 'briefing-2016'],
    ['maturity-policy-scope', 2, 'points', 2020, 'factsheet-2020'],
    ['maturity-consistency', 1, 'points', 2020, 'factsheet-2020'],
    ['maturity-evidence', 0, 'points', 2020, 'factsheet-2020'],
    ['maturity-instruments', 2, 'points', 2020, 'factsheet-2020'],
  ];
  it('covers every context figure', () => {
    expect(context.map((c) => c.id).sort()).toEqual(FIGURES.map(([id]) => id).sort());
  });
  it.each(FIGURES)('%s = %d %s (year %s, %s)', (id, value, unit, year, doc) => {
    const f = context.find((c) => c.id === id)!;
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.year).toBe(year);
    expect(f.source.doc).toBe(doc);
  });
  it('flags figures the source gives as a minimum ("more than", "over")', () => {
    // e.g. paper-2017 4.1: "local annual production of over $85 billion (€79B euros)".
    for (const id of [
      'auto-parts-production',
      'aerospace-companies-2016-edition',
      'aerospace-professionals-2016-edition',
      'aerospace-exports-2017',
      'wind-farms',
      'it-investment-2013-2017',
      'biotech-companies-2016-edition',
    ])
      expect(context.find((c) => c.id === id)!.label).toMatch(/\(more than/);
  });
  it('gives no year where the 2016 briefing states none ("There are 81 registered renewable energy clusters")', () => {
    const f = context.find((c) => c.id === 'renewable-clusters-2016')!;
    expect(f.year).toBeNull();
    expect(f.label).toMatch(/2016 edition/);
  });
});
