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
