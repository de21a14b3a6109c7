// Ties public/data/clusters.json to the source reports (see docs/data-notes/clusters.md).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clusterSchema } from '@/data/schemas/clusters';
import { readDataFile } from '../fixtures/public-data';

type Cluster = z.infer<typeof clusterSchema>;

const raw: unknown = readDataFile('clusters.json');
const clusters: Cluster[] = z.array(clusterSchema).parse(raw);
const byId = new Map(clusters.map((c) => [c.id, c]));

function get(id: string): Cluster {
  const c = byId.get(id);
  if (!c) throw new Error(`no cluster with id "${id}"`);
  return c;
}

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const hasSource = (c: Cluster, doc: string, sectionStart: string) =>
  c.sources.some((s) => s.doc === doc && s.section.startsWith(sectionStart));

describe('clusters.json: shape', () => {
  it('parses with the cluster schema and has unique ids', () => {
    expect(clusters.length).toBeGreaterThanOrEqual(100);
    expect(byId.size).toBe(clusters.length);
  });

  it('every cluster has at least one source, and editions match the source documents', () => {
    for (const c of clusters) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(new Set(c.editions), c.id).toEqual(new Set(c.sources.map((s) => s.doc)));
      for (const l of c.labels) expect(l.edition, c.id).toBe(l.source.doc);
    }
  });

  it('no two records share a name or alias (case- and accent-insensitive)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of clusters) {
      for (const n of new Set([c.name, ...c.aliases].map(normalise))) {
        const other = owner.get(n);
        if (other && other !== c.id) clashes.push(`"${n}": ${other} / ${c.id}`);
        owner.set(n, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('a position exists exactly when a state is known, and city precision only with a city', () => {
    for (const c of clusters) {
      expect(c.position === null, c.id).toBe(c.state === null);
      if (c.position) expect(c.position.precision, c.id).toBe(c.city ? 'city' : 'state');
    }
  });
});

describe('briefing-2019 Table 2: Mexican clusters with ECEI quality labels (8 rows)', () => {
  const rows: Array<[string, 'gold' | 'silver' | 'bronze', string]> = [
    ['claut', 'gold', '2019-06-23'],
    ['csoftmty', 'gold', '2019-12-31'],
    ['ijalti', 'silver', '2021-02-15'],
    ['it-baja', 'silver', '2021-05-06'],
    ['claugto', 'bronze', '2020-05-04'],
    ['ciat', 'bronze', '2019-06-17'],
    ['monterrey-aerocluster', 'bronze', '2019-05-03'],
    ['polos-innovacion-inteligencia-talento', 'bronze', '2019-05-29'],
  ];
  it.each(rows)('%s holds a %s label valid until %s', (id, level, date) => {
    const labels = get(id).labels.filter((l) => l.edition === 'briefing-2019');
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatchObject({ level, validUntil: date });
  });
  it('has no other 2019 label holders', () => {
    const holders = clusters.filter((c) => c.labels.some((l) => l.edition === 'briefing-2019')).map((c) => c.id);
    expect(new Set(holders)).toEqual(new Set(rows.map((r) => r[0])));
  });
});

describe('briefing-2016 Annex Table 4: ESCA labelled clusters', () => {
  const gold = ['claut'];
  const silver = ['ijalti', 'it-baja'];
  // 17 valid bronze labels plus Monterrey Aerocluster, listed with a footnote saying it lapsed in mid-2016.
  const bronze = [
    'aerospace-alliance-baja-california',
    'andea',
    'productos-medicos-californias',
    'automotriz-queretaro',
    'centro-articulador-forestal-jalisco',
    'citi-tabasco',
    'automotriz-estado-de-mexico',
    'automotriz-san-luis-potosi',
    'servicios-salud-baja-california',
    'cluster-ti-chiapas',
    'ti-oaxaca',
    'coconut-agricluster',
    'consejo-moda-jalisco',
    'impulse-ti',
    'mind',
    'monterrey-aerocluster',
    'medios-interactivos-nuevo-leon',
    'sistema-producto-vid-baja-california',
  ];
  it('lists 1 gold, 2 silver and 18 bronze entries, all without dates', () => {
    expect(bronze).toHaveLength(18);
    const levelOf = (level: string) =>
      clusters.filter((c) => c.labels.some((l) => l.edition === 'briefing-2016' && l.level === level)).map((c) => c.id);
    expect(new Set(levelOf('gold'))).toEqual(new Set(gold));
    expect(new Set(levelOf('silver'))).toEqual(new Set(silver));
    expect(new Set(levelOf('bronze'))).toEqual(new Set(bronze));
    for (const c of clusters)
      for (const l of c.labels.filter((x) => x.edition === 'briefing-2016')) expect(l.validUntil, c.id).toBeNull();
  });
});

describe('paper-2019: the seven ECCP members in Mexico', () => {
  const members = [
    'aerocluster-queretaro', // Aerocluster de Querétaro
    'chihuahua-aerospace-cluster', // Chihuahua's Aerospace Cluster
    'claut', // Cluster Automotriz de Nuevo León, A.C. (CLAUT)
    'cluster-energia-coahuila', // Clúster de Energía Coahuila A.C
    'aimsi', // ICT Cluster of Colima
    'automotriz-queretaro', // Queretaro Automotive Cluster
    'ctyl', // Transportation and Logistics Cluster (CTYL)
  ];
  it('flags exactly these seven as ECCP members', () => {
    expect(new Set(clusters.filter((c) => c.eccpMember).map((c) => c.id))).toEqual(new Set(members));
  });
  it('each member cites the paper section that lists ECCP members', () => {
    for (const id of members)
      expect(hasSource(get(id), 'paper-2019', '2.2 Cluster to cluster cooperation'), id).toBe(true);
  });
  it.each([
    ['aerocluster-queretaro', ['HEGAN-Basque Aerospace Cluster', 'Aragonian Aerospace Cluster', 'Aerospace Valley']],
    ['chihuahua-aerospace-cluster', ['ACstyria Mobilitätscluster']],
    [
      'claut',
      [
        'Asociación Española de Fabricantes de Máquinas-herramientas - AFM',
        'Cluster de Automoción del País Vasco - ACICAE',
      ],
    ],
    [
      'aimsi',
      ['Agrupación Empresarial Innovadora del sector TIC de La Rioja – Aertic', 'Interizon Cluster and International'],
    ],
  ])('%s has its European partners from paper-2019 Table 2', (id, names) => {
    expect(get(id).euPartners.map((p) => p.name)).toEqual(names);
  });
});

// [state as printed, state code, "Number of clusters" as printed, ids of the rows transcribed]
type StateRows = [string, string, number, string[]];

describe('briefing-2019 Table 6: formally organised clusters by state', () => {
  const table: StateRows[] = [
    ['Aguascalientes', 'AGU', 7, ['conimueble', 'cociteva', 'celesa', 'innovatia', 'ciatac', 'clustrans', 'craa']],
    [
      'Baja California',
      'BCN',
      10,
      [
        'aerospace-alliance-baja-california',
        'bioeconomia-baja-california',
        'baja-cluster-aeroespacial',
        'afambac',
        'it-baja',
        'logistica-baja-california',
        'productos-medicos-californias',
        'mexicali-healthcare',
        'servicios-salud-baja-california',
        'sistema-producto-vid-baja-california',
      ],
    ],
    ['Campeche', 'CAM', 2, ['cambio-cluster', 'agropecuario-campeche']],
    ['Chiapas', 'CHP', 1, ['cluster-ti-chiapas']],
    ['Chihuahua', 'CHH', 2, ['chihuahua-aerospace-cluster', 'chihuahua-auto-cluster']],
    [
      'Ciudad de México',
      'CMX',
      6,
      [
        'construccion-inmobiliaria-cdmx',
        'transporte-logistica-cdmx',
        'publicidad-cdmx',
        'telecomunicaciones-cdmx',
        'servicios-financieros-cdmx',
        'prosoftware',
      ],
    ],
    ['Coahuila', 'COA', 3, ['cluster-energia-coahuila', 'agroindustria-la-laguna', 'automotriz-coahuila']],
    ['Colima', 'COL', 1, ['aimsi']],
    ['Guanajuato', 'GUA', 4, ['claugto', 'vivienda-guanajuato', 'alimentos-guanajuato', 'quimico-guanajuato']],
    [
      'Jalisco',
      'JAL',
      6,
      [
        'mueblero-jalisco',
        'forestal-jalisco',
        'ciat',
        'robotica-jalisco',
        'ingenieria-biomedica-jalisco',
        'ti-instrumentacion-analitica-jalisco',
      ],
    ],
    ['México State', 'MEX', 1, ['automotriz-estado-de-mexico']],
    ['Michoacán', 'MIC', 2, ['aguacatero-michoacan', 'clustertim']],
    [
      'Nuevo León',
      'NLE',
      12,
      [
        'csoftmty',
        'monterrey-ciudad-de-la-salud',
        'claut',
        'nanotecnologia-nuevo-leon',
        'biocluster-nuevo-leon',
        'electrodomesticos-nuevo-leon',
        'monterrey-aerocluster',
        'agroalimentario-nuevo-leon',
        'vivienda-nuevo-leon',
        'medios-interactivos-nuevo-leon',
        'ctyl',
        'turismo-nuevo-leon',
      ],
    ],
    ['Oaxaca', 'OAX', 4, ['ti-oaxaca', 'cafe-oaxaca', 'energia-oaxaca', 'madera-mueble-oaxaca']],
    // The Puebla block includes the Tlaxcala IT cluster, merged with the Tlaxcala row (CLUSTEC).
    [
      'Puebla',
      'PUE',
      7,
      [
        'puebla-tic',
        'automotriz-puebla',
        'textil-puebla-tlaxcala',
        'clustec',
        'consejo-agropecuario-poblano',
        'datia-tecnocluster',
        'puebla-capital-innovacion-diseno',
      ],
    ],
    [
      'Querétaro',
      'QUE',
      5,
      ['aerocluster-queretaro', 'vortice-ti', 'biotq', 'automotriz-queretaro', 'queretaro-medico-salud'],
    ],
    // Stated 2, but three rows are listed.
    [
      'San Luis Potosí',
      'SLP',
      2,
      ['logistico-san-luis-potosi', 'automotriz-san-luis-potosi', 'turismo-medico-san-luis-potosi'],
    ],
    ['Sonora', 'SON', 3, ['minero-sonora', 'aeroespacial-sonora', 'citic-sonora']],
    ['Tabasco', 'TAB', 1, ['petrolero-tabasco']],
    ['Tamaulipas', 'TAM', 3, ['energetico-tamaulipas', 'altamira-petroquimico', 'titam']],
    ['Tlaxcala', 'TLA', 1, ['clustec']],
    ['Veracruz', 'VER', 1, ['agroalimentario-veracruz']],
    ['Yucatán', 'YUC', 2, ['innovacion-salud-yucatan', 'software-yucatan']],
    ['Zacatecas', 'ZAC', 1, ['clusmin']],
  ];
  // Row blocks whose transcribed rows differ from the stated "Number of clusters".
  const countDiscrepancies: Record<string, number> = { SLP: 3 };
  // Rows listed under another state's block.
  const stateExceptions: Record<string, string> = { clustec: 'TLA' };

  it.each(table)('%s (%s): states %i clusters', (_name, code, stated, ids) => {
    expect(ids.length).toBe(countDiscrepancies[code] ?? stated);
    for (const id of ids) {
      const c = get(id);
      expect(hasSource(c, 'briefing-2019', 'Table 6'), id).toBe(true);
      expect(c.state, id).toBe(stateExceptions[id] ?? code);
    }
  });

  it('every record citing Table 6 appears in the transcribed rows', () => {
    const listed = new Set(table.flatMap((r) => r[3]));
    const citing = clusters.filter((c) => hasSource(c, 'briefing-2019', 'Table 6')).map((c) => c.id);
    expect(new Set(citing)).toEqual(listed);
    // 88 rows printed (87 stated); CLUSTEC is printed twice.
    expect(table.reduce((n, r) => n + r[3].length, 0)).toBe(88);
    expect(table.reduce((n, r) => n + r[2], 0)).toBe(87);
    expect(listed.size).toBe(87);
  });
});

describe('briefing-2016 Annex Table 3: formally organised clusters by state', () => {
  const stated: Record<string, number> = {
    AGU: 7,
    BCN: 11,
    CAM: 1,
    CHP: 1,
    CHH: 2,
    CMX: 6,
    COA: 2,
    COL: 1,
    GUA: 2,
    JAL: 6,
    MEX: 1,
    MIC: 3,
    NLE: 12,
    OAX: 2,
    PUE: 2,
    QUE: 4,
    SLP: 2,
    SON: 2,
    TAB: 1,
    TAM: 1,
    TLA: 1,
    VER: 1,
    YUC: 2,
    ZAC: 1,
  };
  it('per-state counts of records citing the 2016 table match the stated numbers', () => {
    const counts: Record<string, number> = {};
    for (const c of clusters.filter((x) => hasSource(x, 'briefing-2016', 'Annex Table 3'))) {
      const code = c.state ?? 'none';
      counts[code] = (counts[code] ?? 0) + 1;
    }
    expect(counts).toEqual(stated);
  });
  it.each([
    ['manufactura-avanzada-diseno-baja-california'],
    ['telemarketing-baja-california'],
    ['medico-dental-hospitalario-baja-california'],
    ['industrial-coahuila'],
    ['flores-jalisco'],
    ['industria-medica-jalisco'],
    ['textil-michoacan'],
    ['mezcal-oaxaca'],
  ])('%s is a 2016-only row', (id) => {
    expect(get(id).editions).toEqual(['briefing-2016']);
  });
});

describe('briefing-2019 Table 5: ICT clusters in 2016 (13 entries)', () => {
  const entries: Array<[number, string]> = [
    [1, 'it-baja'], // Clúster de Tecnologías de Información de B.C.
    [2, 'aimsi'], // Asociación Internacional de Mentefactura, Software e Internet
    [3, 'chihuahua-it-cluster'],
    [4, 'ciat'], // Cluster de Integradores de Alta Tecnología
    [5, 'clustec'], // Clúster de Tecnología de Información Tlaxcala
    [6, 'puebla-tic'],
    [7, 'csoftmty'], // Consejo para el Desarrollo de la Industria de Software de Nuevo León
    [8, 'dittizac'],
    [9, 'ijalti'],
    [10, 'impulse-ti'],
    [11, 'integracion-tecnologica-queretaro'],
    [12, 'monterrey-it-cluster'],
    [13, 'prosoftware'],
  ];
  it.each(entries)('entry %i is %s', (_n, id) => {
    const c = get(id);
    expect(hasSource(c, 'briefing-2019', 'Table 5')).toBe(true);
    expect(c.sectors.map((s) => s.id)).toContain('ict');
  });
  it('has no other records citing Table 5', () => {
    const citing = clusters.filter((c) => hasSource(c, 'briefing-2019', 'Table 5')).map((c) => c.id);
    expect(new Set(citing)).toEqual(new Set(entries.map((e) => e[1])));
  });
});

describe('merge and split decisions', () => {
  it('CLAUT (Nuevo León) and the State of Mexico automotive cluster are separate records in different states', () => {
    const claut = get('claut');
    const edomex = get('automotriz-estado-de-mexico');
    expect(claut.state).toBe('NLE');
    expect(edomex.state).toBe('MEX');
    expect(claut.acronym).toBe('CLAUT');
    expect(edomex.acronym).toBeNull();
    expect(claut.figures.find((f) => f.key === 'members')?.value).toBe(92);
    expect(edomex.figures.find((f) => f.key === 'members')?.value).toBe(50);
  });

  it('keeps the Aerospace Alliance of Baja California and Baja Clúster Aeroespacial apart', () => {
    const alliance = get('aerospace-alliance-baja-california');
    expect(alliance.aliases).toContain('Baja California Aerospace Cluster');
    expect(alliance.website).toBe('http://www.bajaerospace.org/');
    expect(alliance.figures.find((f) => f.key === 'exports')).toMatchObject({
      value: 1374.46,
      unit: 'EUR million',
      year: 2015,
    });
    expect(get('baja-cluster-aeroespacial').state).toBe('BCN');
  });

  it('keeps Monterrey IT Cluster apart from csoftmty (listed separately in Table 5 and the 2020 factsheet)', () => {
    expect(get('monterrey-it-cluster').aliases.map(normalise)).not.toContain('csoftmty');
    expect(get('csoftmty').aliases).toContain('Consejo para el Desarrollo de la Industria de Software de Nuevo León');
  });

  it('profiles carry their committees', () => {
    expect(get('claugto').committees).toEqual([
      'Human Capital',
      'Purchasing',
      'Supply Chain',
      'Innovation and Technology',
      'Supplier Development',
      'Patrimonial Security',
    ]);
    expect(get('monterrey-aerocluster').committees).toHaveLength(5);
    expect(get('automotriz-estado-de-mexico').committees).toHaveLength(5);
    expect(get('csoftmty').committees).toHaveLength(3);
  });
});

describe('cluster profile figures (briefing-2019 §3.2, briefing-2016 §3.2)', () => {
  // [id, figure key, value as printed, source document]
  const rows: Array<[string, string, number, string]> = [
    ['claut', 'members', 92, 'briefing-2019'],
    ['claut', 'work-groups', 21, 'briefing-2019'],
    ['claut', 'committees', 8, 'briefing-2019'],
    ['claut', 'subcommittees', 13, 'briefing-2019'],
    ['claugto', 'founded', 2012, 'briefing-2019'],
    ['claugto', 'members', 119, 'briefing-2019'],
    ['claugto', 'tier1-members', 70, 'briefing-2019'],
    ['claugto', 'development-suppliers', 17, 'briefing-2019'],
    ['claugto', 'institutions', 15, 'briefing-2019'],
    ['claugto', 'collaborators', 12, 'briefing-2019'],
    ['claugto', 'oems-advisory-council', 5, 'briefing-2019'],
    ['claugto', 'companies-2016', 297, 'briefing-2016'],
    ['automotriz-estado-de-mexico', 'members', 50, 'briefing-2019'],
    ['chihuahua-auto-cluster', 'companies', 33, 'briefing-2019'],
    ['chihuahua-auto-cluster', 'education-institutes', 16, 'briefing-2019'],
    ['chihuahua-auto-cluster', 'design-innovation-centres', 3, 'briefing-2019'],
    ['chihuahua-auto-cluster', 'members-2016', 120, 'briefing-2016'],
    ['aerospace-alliance-baja-california', 'companies', 110, 'briefing-2019'],
    ['aerospace-alliance-baja-california', 'direct-jobs', 35000, 'briefing-2019'],
    ['aerospace-alliance-baja-california', 'exports', 1374.46, 'briefing-2019'],
    ['aerospace-alliance-baja-california', 'exports-usd', 1533, 'briefing-2016'],
    ['aerospace-alliance-baja-california', 'companies-2014', 76, 'briefing-2016'],
    ['monterrey-aerocluster', 'founded', 2009, 'briefing-2019'],
    ['monterrey-aerocluster', 'companies', 6, 'briefing-2016'],
    ['monterrey-aerocluster', 'universities', 2, 'briefing-2016'],
    ['monterrey-aerocluster', 'government-entities', 2, 'briefing-2016'],
    ['chihuahua-aerospace-cluster', 'members', 45, 'briefing-2019'],
    ['chihuahua-aerospace-cluster', 'companies', 40, 'briefing-2016'],
    ['nuevo-leon-energy-cluster', 'committees', 5, 'briefing-2019'],
    ['cleantech-cluster-mexico', 'founded', 2011, 'briefing-2019'],
    ['ijalti', 'technological-communities', 120, 'briefing-2019'],
    ['ijalti', 'higher-education-institutes', 28, 'briefing-2019'],
    ['ijalti', 'industry-organisations', 18, 'briefing-2019'],
    ['ijalti', 'it-companies', 500, 'briefing-2019'],
    ['it-baja', 'members', 105, 'briefing-2019'],
    ['it-baja', 'jobs', 7500, 'briefing-2019'],
    ['it-baja', 'certified-companies', 23, 'briefing-2019'],
    ['cluster-mexicano-energias-renovables', 'founded', 2010, 'briefing-2016'],
    ['cluster-mexicano-energias-renovables', 'companies', 16, 'briefing-2016'],
    ['biocluster-nuevo-leon', 'members', 25, 'briefing-2016'],
    ['biocluster-nuevo-leon', 'companies', 21, 'briefing-2016'],
    ['biotq', 'members', 35, 'briefing-2016'],
  ];
  it.each(rows)('%s %s = %d (%s)', (id, key, value, doc) => {
    const f = get(id).figures.find((x) => x.key === key);
    expect(f, `${id}/${key}`).toBeDefined();
    expect(f!.value).toBe(value);
    expect(f!.source.doc).toBe(doc);
  });
});

describe('city and state only where the sources place a cluster', () => {
  // city comes from the printed name or a profile sentence ("founded in 2011 in the city of Puebla")
  const cities: Record<string, string> = {
    'monterrey-aerocluster': 'Monterrey',
    'monterrey-it-cluster': 'Monterrey',
    'monterrey-ciudad-de-la-salud': 'Monterrey',
    'medios-interactivos-nuevo-leon': 'Monterrey',
    'mexicali-healthcare': 'Mexicali',
    'cleantech-cluster-mexico': 'Puebla',
    'altamira-petroquimico': 'Altamira',
  };
  it('has no other cities', () => {
    const withCity = Object.fromEntries(clusters.filter((c) => c.city !== null).map((c) => [c.id, c.city]));
    expect(withCity).toEqual(cities);
  });
  it.each([
    'dittizac',
    'andea',
    'coconut-agricluster',
    'mind',
    'polos-innovacion-inteligencia-talento',
    'cluster-mexicano-energias-renovables',
    'amdee',
    'anes',
    'smart-grid-mexico',
  ])('%s has no state (not stated in the sources)', (id) => {
    expect(get(id).state).toBeNull();
    expect(get(id).position).toBeNull();
  });
});
