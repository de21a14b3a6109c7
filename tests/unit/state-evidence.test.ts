// @vitest-environment node
// The states ranked strongest for each seed sector are the ones the source reports single out,
// named with the evidence the reports give (tables quoted from ../shared/seeds, see each row).
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { buildIndex } from '@/domain/ranking/build-index';
import { stateStrength } from '@/domain/ranking/state-strength';
import { activateLocale } from '@/i18n/i18n';
import { readPublicDataset } from '../fixtures/public-data';

const index = buildIndex(parseDataset(readPublicDataset()).dataset);

interface SectorCase {
  sector: string;
  /** The states the sources single out, and where. */
  singledOut: string[];
  where: string;
  /** Evidence each strongest state's sentence must name. */
  evidence: Record<string, string[]>;
}

const CASES: SectorCase[] = [
  {
    sector: 'automotive',
    singledOut: ['NLE', 'GUA', 'MEX', 'CHH', 'PUE', 'BCN'],
    where: 'briefing-2016 Table 2 (automotive: NL, Guanajuato, Estado de México, Chihuahua, Puebla, BC)',
    evidence: {
      NLE: ['named as standing out in automotive (2019 briefing', 'automotive among its predominant sectors'],
      GUA: ['4 vehicle makers (OEMs)', '(2016 briefing)'],
    },
  },
  {
    sector: 'aerospace',
    singledOut: ['BCN', 'QUE', 'NLE', 'CHH', 'SON'],
    where:
      'briefing-2019 §2.3: "five aerospace hubs … Baja California (Tijuana-Mexicali), Sonora, Chihuahua, Queretaro, and Nuevo León"',
    evidence: {
      BCN: ['named as standing out in aerospace', 'aerospace hub', '110 aerospace firms (2019 briefing)'],
      QUE: [
        'aerospace hub, an aerospace R&D centre (2019 briefing)',
        'an aerospace university training staff with Safran and Airbus Helicopters (2019 discussion paper)',
      ],
      SON: ['aerospace hub (2019 briefing)', 'aerospace among its predominant sectors (2016 briefing)'],
    },
  },
  {
    sector: 'renewable-energy',
    singledOut: ['NLE', 'BCN', 'CHP', 'PUE', 'COA'],
    where: 'briefing-2016 Table 2 (Puebla, BC, Chiapas, Coahuila) and the 2019 conclusion (BC, Nuevo León)',
    evidence: {
      NLE: ['renewable energy named a strategic sector by the state (2020 factsheet)'],
      CHP: ['renewable energy among its predominant sectors (2016 briefing)'],
      COA: ['top location for 5 kinds of renewable-energy project (2019 briefing)'],
    },
  },
  {
    sector: 'ict',
    singledOut: ['NLE', 'JAL', 'BCN'],
    where:
      'briefing-2019 conclusion (BC, Nuevo León) and Table 2 (the ICT labels: csoftmty NL, IJALTI and CIAT Jalisco, IT@Baja)',
    evidence: {
      NLE: ['named as standing out in ICT and software (2019 briefing)'],
      JAL: ['home to a recognised ICT cluster (2019 briefing)', '2 ESCA-labelled'],
      BCN: ['named as standing out in ICT and software'],
    },
  },
  {
    sector: 'biotechnology',
    singledOut: ['NLE', 'BCN', 'QUE', 'GUA', 'JAL', 'MEX', 'MOR'],
    where:
      'briefing-2016 Table 2 (NL, Querétaro, BC, Guanajuato, Estado de México) and paper-2017 §4.4 (Guanajuato, Jalisco, Morelos, NL)',
    evidence: {
      NLE: ['home to a leading biotechnology cluster, named as standing out in biotechnology (2017 discussion paper)'],
      MOR: ['home to a leading biotechnology cluster (2017 discussion paper)'],
    },
  },
];

describe('state strength per seed sector (real data)', () => {
  it.each(CASES)('$sector: the strongest states are the ones singled out in $where', (c) => {
    const list = stateStrength(index, c.sector);
    expect(new Set(list.slice(0, c.singledOut.length).map((s) => s.code))).toEqual(new Set(c.singledOut));
    for (const [code, phrases] of Object.entries(c.evidence)) {
      const why = list.find((s) => s.code === code)?.why ?? '';
      for (const phrase of phrases) expect(why, code).toContain(phrase);
    }
  });

  it.each(CASES)('$sector: no sentence uses an unexplained adjective', (c) => {
    for (const s of stateStrength(index, c.sector)) expect(s.why).not.toMatch(/\b(strong|fair|modest)\b/);
  });
});

describe('state strength sentences in Spanish', () => {
  afterAll(() => activateLocale('en'));
  it('names the facts and the edition in Spanish', async () => {
    await activateLocale('es');
    const que = stateStrength(index, 'aerospace').find((s) => s.code === 'QUE')?.why;
    expect(que).toBe(
      'Querétaro: polo del sector aeroespacial, un centro de I+D aeroespacial (nota informativa de 2019); ' +
        'una universidad aeronáutica que forma personal con Safran y Airbus Helicopters (documento de debate de 2019)',
    );
  });
});
