import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { policySchema } from '@/data/schemas/policies';
import { euSideSchema } from '@/data/schemas/eu';
import { metaSchema } from '@/data/schemas/meta';
import { readDataFile } from '../fixtures/public-data';

const read = readDataFile;

const policies = z.array(policySchema).parse(read('policies.json'));
const eu = euSideSchema.parse(read('eu.json'));
const meta = metaSchema.parse(read('meta.json'));

const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`missing record ${id}`);
  return found;
};
const figure = (figures: Array<{ label: string; value: number | string }>, label: RegExp) =>
  figures.find((f) => label.test(f.label))?.value;

describe('policies.json, eu.json and meta.json', () => {
  it('validate against the committed schemas', () => {
    expect(policies.length).toBeGreaterThanOrEqual(40);
    expect(eu.euClusters.length).toBeGreaterThan(0);
    expect(meta.sources.map((s) => s.id).sort()).toEqual(
      ['briefing-2016', 'briefing-2019', 'factsheet-2020', 'paper-2017', 'paper-2019'].sort(),
    );
    expect(meta.version).toBe('1.0.0');
    expect(meta.compiledOn).toBe('2026-11-23');
  });

  it('keeps every row of the four per-sector EU cluster tables of the 2019 paper', () => {
    const citing = (table: string) =>
      eu.euClusters.filter((c) => c.sources.some((s) => s.doc === 'paper-2019' && s.section.startsWith(`${table} `)));
    expect(citing('Table 3')).toHaveLength(12); // automotive
    expect(citing('Table 4')).toHaveLength(9); // aerospace
    expect(citing('Table 5')).toHaveLength(12); // renewable energy
    expect(citing('Table 6')).toHaveLength(5); // ICT
    // ACstyria is in the automotive and aerospace tables and cooperates with Chihuahua: one record, relation both
    const acstyria = byId(eu.euClusters, 'acstyria');
    expect(acstyria.relation).toBe('both');
    expect(acstyria.sectors).toEqual(expect.arrayContaining(['automotive', 'aerospace']));
  });

  it('carries the ESCP-4i figures', () => {
    const geo = byId(eu.escp4i, 'geo-energy-europe');
    expect(geo.generation).toBe(2);
    expect(figure(geo.figures, /^EU clusters$/)).toBe(8);
    expect(figure(geo.figures, /^EU SMEs$/)).toBe(320);
    const sentinel = byId(eu.escp4i, 'sentinel');
    expect(figure(sentinel.figures, /^EU clusters$/)).toBe(4);
    expect(figure(sentinel.figures, /^EU SMEs$/)).toBe(582);
    expect(byId(eu.escp4i, 'reina-plus').members).toContain('basque-energy-cluster');
    const programme = byId(policies, 'escp-4i');
    expect(figure(programme.targets, /^ESCP-4i targeting Mexico/)).toBe(10);
    expect(figure(programme.targets, /^First-generation/)).toBe(8);
    expect(figure(programme.targets, /^Second-generation/)).toBe(2);
  });

  it('carries the October 2016 matchmaking event figures', () => {
    const seminar = byId(eu.events, 'eu-mexico-cluster-business-seminar-2016');
    expect(seminar.date).toBe('2016-10');
    expect(seminar.place).toBe('Mexico City');
    expect(figure(seminar.figures, /meetings/)).toBe(310);
    expect(figure(seminar.figures, /^Mexican/)).toBe(56);
    expect(figure(seminar.figures, /^European cluster organisations/)).toBe(14);
    expect(figure(seminar.figures, /^European SMEs/)).toBe(26);
    const lcba = byId(eu.events, 'lcba-business-meetings-2015-2017');
    expect(figure(lcba.figures, /^Mexican SMEs/)).toBe(344);
    expect(figure(lcba.figures, /^European SMEs/)).toBe(162);
  });

  it('marks ProMéxico as discontinued (briefing 2019)', () => {
    const promexico = byId(policies, 'promexico');
    expect(promexico.status).toBe('discontinued');
    expect(promexico.statusNote).toMatch(/2018/);
    expect(promexico.sources.some((s) => s.doc === 'briefing-2019')).toBe(true);
  });

  it('describes the Nuevo León state policy with its budget, period and maturity scores', () => {
    const nl = byId(policies, 'nuevo-leon-cluster-policy');
    expect(nl.level).toBe('state');
    expect(nl.states).toEqual(['NLE']);
    expect(nl.startYear).toBe(2015);
    expect(nl.endYear).toBe(2030);
    expect(nl.sources.every((s) => s.doc === 'factsheet-2020')).toBe(true);
    expect(figure(nl.targets, /^Overall budget$/)).toBe(1.42);
    expect(figure(nl.targets, /^Overall budget \(Mexican pesos\)$/)).toBe(30);
    expect(figure(nl.targets, /maturity: policy scope/)).toBe('2 of 2');
    expect(figure(nl.targets, /maturity: consistency/)).toBe('1 of 2');
    expect(figure(nl.targets, /maturity: evidence of performance/)).toBe('0 of 1');
    expect(figure(nl.targets, /maturity: instruments/)).toBe('2 of 2');
  });

  it('gives every record a source and keeps ids unique', () => {
    const groups: Array<[string, Array<{ id: string; sources: unknown[] }>]> = [
      ['policies', policies],
      ['euClusters', eu.euClusters],
      ['escp4i', eu.escp4i],
      ['events', eu.events],
      ['successStories', eu.successStories],
    ];
    for (const [name, list] of groups) {
      const ids = list.map((r) => r.id);
      expect(new Set(ids).size, `${name} ids unique`).toBe(ids.length);
      for (const r of list) expect(r.sources.length, `${name}/${r.id} has a source`).toBeGreaterThan(0);
    }
    for (const p of eu.pairs) expect(p.sources.length).toBeGreaterThan(0);
    const pairKeys = eu.pairs.map((p) => `${p.euClusterId}+${p.mexicanClusterId}`);
    expect(new Set(pairKeys).size).toBe(pairKeys.length);
  });

  it('references only EU clusters that exist in eu.json', () => {
    const euIds = new Set(eu.euClusters.map((c) => c.id));
    for (const e of eu.escp4i) for (const m of e.members) expect(euIds.has(m), `${e.id} -> ${m}`).toBe(true);
    for (const p of eu.pairs) expect(euIds.has(p.euClusterId), p.euClusterId).toBe(true);
    for (const s of eu.successStories)
      for (const m of s.euClusterIds) expect(euIds.has(m), `${s.id} -> ${m}`).toBe(true);
    // every pair is mirrored in the EU cluster's mexicanPartners
    for (const p of eu.pairs) expect(byId(eu.euClusters, p.euClusterId).mexicanPartners).toContain(p.mexicanClusterId);
  });
});

// paper-2019 Tables 3-6, row by row (the PDF interleaves two columns; read in numbered order).
// [table, row number, eu.json id, name as printed, country as printed (null when not given)]
type EuRow = [string, number, string, string, string | null];
const EU_TABLE_ROWS: EuRow[] = [
  ['Table 3', 1, 'caar', 'CAAR Aragon Automotive Cluster', 'Spain'],
  ['Table 3', 2, 'acstyria', 'ACstyria Mobilitätscluster', 'Austria'],
  [
    'Table 3',
    3,
    'automotive-cluster-upper-austria',
    'Automotive Cluster @Business Upper Austria - OÖ Wirtschaftsagentur',
    'Austria',
  ],
  ['Table 3', 4, 'automotive-bw', 'Automotive-bw', 'Germany'],
  ['Table 3', 5, 'centro-espanol-de-plasticos', 'Centro Español de Plasticos', 'Spain'],
  ['Table 3', 6, 'ceaga', 'CEAGA', 'Spain'], // Galician Automotive Cluster Foundation
  ['Table 3', 7, 'i2cat', 'i2CAT', 'Spain'],
  ['Table 3', 8, 'industrial-transformation-cluster-ain', 'Industrial Transformation Cluster ain', 'Spain'],
  ['Table 3', 9, 'kunststoff-institut-ludenscheid', 'Kunststoff-Institut Lüdenscheid', 'Germany'],
  ['Table 3', 10, 'north-east-automotive-alliance', 'North East Automotive Alliance Limited', 'United Kingdom'],
  [
    'Table 3',
    11,
    'silesia-automotive-advanced-manufacturing',
    'Silesia Automotive & Advanced Manufacturing - KSSE SA',
    'Poland',
  ],
  [
    'Table 3',
    12,
    'transylvanian-mechanical-engineering-cluster',
    'Transylvanian Mechanical Engineering Cluster',
    'Romania',
  ],
  ['Table 4', 1, 'acstyria', 'ACstyria Mobilitätscluster', 'Austria'],
  ['Table 4', 2, 'aera', 'AERA', 'Spain'], // printed "Asociación AeronauticAragonesa (AERA)"
  ['Table 4', 3, 'aerospace-valley', 'Aerospace Valley', 'France'],
  ['Table 4', 4, 'aviation-valley', 'Aviation Valley / Dolina Lotnicza', 'Poland'],
  ['Table 4', 5, 'hegan', 'HEGAN - Basque Aerospace Cluster', 'Spain'],
  ['Table 4', 6, 'helice-cluster', 'Helice Cluster', 'Spain'],
  ['Table 4', 7, 'moravian-aerospace-cluster', 'Moravian Aerospace Cluster, z.s.', 'Czech Republic'],
  ['Table 4', 8, 'normandie-aeroespace', 'Normandie AeroEspace', 'France'],
  ['Table 4', 9, 'north-west-aerospace-alliance', 'North West Aerospace Alliance', 'United Kingdom'],
  [
    'Table 5',
    1,
    'andalusian-cluster-renewable-energy',
    'Andalusian Cluster of Renewable Energy and Energy Efficiency',
    'Spain',
  ],
  ['Table 5', 2, 'archenerg', 'ArchEnerg Cluster', 'Hungary'],
  ['Table 5', 3, 'avebiom', 'AVEBIOM Biomass Spanish Cluster', 'Spain'],
  ['Table 5', 4, 'basque-energy-cluster', 'Basque Energy Cluster', 'Spain'],
  ['Table 5', 5, 'cluster-energia-eficient-catalunya', "Clúster d'Energia Eficient de Catalunya", 'Spain'],
  [
    'Table 5',
    6,
    'cluster-renewable-energy-castilla-leon',
    'Cluster of Renevable Energy and Energetic Solutions of Castilla and León',
    'Spain',
  ],
  ['Table 5', 7, 'enercluster', 'Enercluster – Wind Energy Cluster of Navarre', null],
  ['Table 5', 8, 'energy-cluster-valencia', 'Energy Cluster of the Valencia Region', 'Spain'],
  ['Table 5', 9, 'green-synergy-cluster', 'Green Synergy Cluster', 'Bulgaria'],
  ['Table 5', 10, 'lombardy-energy-cleantech-cluster', 'Lombardy Energy Cleantech Cluster', 'Italy'],
  [
    'Table 5',
    11,
    'madrid-sustainability-renewable-energies-cluster',
    'Madrid Sustainability and Renewable Energies Cluster',
    'Spain',
  ],
  ['Table 5', 12, 'nanoprogress', 'Nanoprogress z.s.', 'Czech Republic'],
  ['Table 6', 1, 'atana', 'ATANA, Clúster TIC de Navarra', 'Spain'],
  ['Table 6', 2, 'canarias-excelencia-tecnologica', 'Canarias Excelencia Tecnológica', 'Spain'],
  ['Table 6', 3, 'ineo', 'INEO', 'Spain'],
  ['Table 6', 4, 'produtech', 'PRODUTECH - Production Technologies Cluster', 'Portugal'],
  ['Table 6', 5, 'technology-ireland-innovation-forum', 'Technology Ireland Innovation Forum (Formerly ISIN)', null],
];

describe('paper-2019 Tables 3-6: EU clusters interested in Mexico, row by row', () => {
  it.each(EU_TABLE_ROWS)('%s row %i is %s (%s, %s)', (table, _n, id, printed, country) => {
    const c = byId(eu.euClusters, id);
    expect(c.sources.some((s) => s.doc === 'paper-2019' && s.section.startsWith(`${table} `))).toBe(true);
    // the printed name is the record name (possibly followed by another name in brackets) or its acronym
    const names = [c.name, c.acronym].filter((n): n is string => n !== null);
    expect(names.some((n) => n === printed || n.startsWith(`${printed} (`))).toBe(true);
    expect(c.country).toBe(country);
  });
  it('has no other records citing these tables', () => {
    const listed = new Set(EU_TABLE_ROWS.map((r) => `${r[0]}|${r[2]}`));
    for (const c of eu.euClusters)
      for (const s of c.sources)
        if (s.doc === 'paper-2019' && /^Table [3-6] /.test(s.section))
          expect(listed.has(`${s.section.slice(0, 7)}|${c.id}`), `${c.id} ${s.section}`).toBe(true);
  });
});

describe('paper-2019 Table 2: Mexican and European cluster cooperation', () => {
  // [Mexican cluster as printed, clusters.json id, European cluster as printed, eu.json id]
  const rows: Array<[string, string, string, string]> = [
    ['Aerocluster de Querétaro', 'aerocluster-queretaro', 'HEGAN-Basque Aerospace Cluster (Spain)', 'hegan'],
    ['Aerocluster de Querétaro', 'aerocluster-queretaro', 'Aragonian Aerospace Cluster (Spain)', 'aera'],
    ['Aerocluster de Querétaro', 'aerocluster-queretaro', 'Aerospace Valley (France)', 'aerospace-valley'],
    [
      "Chihuahua's Aerospace Cluster",
      'chihuahua-aerospace-cluster',
      'ACstyria Mobilitätscluster (Austria)',
      'acstyria',
    ],
    ['LAUT [CLAUT]', 'claut', 'Asociación Española de Fabricantes de Máquinas-herramientas -AFM (Spain)', 'afm'],
    ['LAUT [CLAUT]', 'claut', 'Cluster de Automoción del País Vasco - ACICAE (Spain)', 'acicae'],
    [
      'ICT Cluster of Colima',
      'aimsi',
      'Agrupación Empresarial Innovadora del sector TIC de La Rioja – Aertic (Spain)',
      'aertic',
    ],
    ['ICT Cluster of Colima', 'aimsi', 'Interizon Cluster and International (Poland)', 'interizon'],
  ];
  it.each(rows)('%s (%s) cooperates with %s (%s)', (_mx, mxId, _euName, euId) => {
    const pair = eu.pairs.find((p) => p.euClusterId === euId && p.mexicanClusterId === mxId);
    expect(pair).toBeDefined();
    expect(pair!.sources.some((s) => s.doc === 'paper-2019' && s.section.startsWith('Table 2 '))).toBe(true);
    expect(byId(eu.euClusters, euId).relation).not.toBe('interested');
  });
  it('has no other pairs citing Table 2', () => {
    const fromTable = eu.pairs.filter((p) =>
      p.sources.some((s) => s.doc === 'paper-2019' && s.section.startsWith('Table 2 ')),
    );
    expect(fromTable).toHaveLength(rows.length);
  });
});
