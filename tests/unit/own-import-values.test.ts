// Each field of an imported row: what is read, and what is refused with which message.
import { afterAll, describe, expect, it } from 'vitest';
import { activateLocale } from '@/i18n/i18n';
import { parseDataset } from '@/data/parse-dataset';
import { normalizeText } from '@/domain/text';
import { interestLookup, readTerms, sectorLookup, stateLookup } from '@/domain/own-facts/import-terms';
import { readDate, readEuPartners, readLevel, readYesNo, splitPersonName } from '@/domain/own-facts/import-values';
import { readPublicDataset } from '../fixtures/public-data';

const dataset = parseDataset(readPublicDataset()).dataset;
const states = stateLookup(dataset.states);
const sectors = sectorLookup(dataset.sectors);
const interests = interestLookup(dataset.interests);
const message = (r: { ok: boolean; message?: string }) => (r.ok ? null : r.message);

describe('state', () => {
  it.each([
    ['Nuevo León', 'NLE'],
    ['nuevo leon', 'NLE'],
    ['NLE', 'NLE'],
    ['nle', 'NLE'],
    ['CDMX', 'CMX'],
    ['Mexico City', 'CMX'],
    ['Edomex', 'MEX'],
    ['QUERETARO', 'QUE'],
    ['Querétaro de Arteaga', 'QUE'],
  ])('%s → %s', (text, code) => {
    expect(states.get(normalizeText(text))).toBe(code);
  });
});

describe('sectors and focus areas', () => {
  it('reads sectors by id or name in either language, whole names with commas kept', () => {
    expect(readTerms('Aeroespacial; automotive', sectors)).toEqual({ ids: ['aerospace', 'automotive'], unknown: [] });
    expect(readTerms('Automotriz, Energías renovables', sectors).ids).toEqual(['automotive', 'renewable-energy']);
    expect(readTerms('TIC y software | Medical devices', sectors).ids).toEqual(['ict', 'medical-devices']);
  });

  it('lists the sector it does not know', () => {
    expect(readTerms('Aerospace; Space tourism', sectors)).toEqual({ ids: ['aerospace'], unknown: ['Space tourism'] });
  });

  it('reads focus areas whose names hold commas', () => {
    expect(
      readTerms('Training, talent and skills; Cadena de suministro y alianzas con proveedores', interests).ids,
    ).toEqual(['training-skills', 'supply-chain']);
  });
});

describe('label level', () => {
  it.each([
    ['Gold', 'gold'],
    ['ORO', 'gold'],
    ['plata', 'silver'],
    ['Silver label', 'silver'],
    ['bronce', 'bronze'],
  ])('%s → %s', (text, level) => {
    expect(readLevel(text)).toEqual({ ok: true, value: level });
  });

  it('refuses anything else, and a cell naming two levels', () => {
    expect(message(readLevel('platinum'))).toBe('“platinum” is not a label level: write gold, silver or bronze');
    expect(readLevel('gold or silver').ok).toBe(false);
  });
});

describe('dates', () => {
  it('reads ISO dates and day-first dates', () => {
    expect(readDate('2027-06-30')).toEqual({ ok: true, value: '2027-06-30' });
    expect(readDate('30/06/2027')).toEqual({ ok: true, value: '2027-06-30' });
    expect(readDate('1.7.2027')).toEqual({ ok: true, value: '2027-07-01' });
  });

  it('reads an ambiguous date day first', () => {
    expect(readDate('04/03/2027')).toEqual({ ok: true, value: '2027-03-04' });
  });

  it('refuses a date that only reads month first, rather than flipping it', () => {
    expect(message(readDate('03/25/2027'))).toBe(
      '“03/25/2027” reads month first; dates here are day first (DD/MM/YYYY) or YYYY-MM-DD',
    );
  });

  it('refuses dates that do not exist and texts that are not dates', () => {
    expect(message(readDate('2027-02-30'))).toBe('“2027-02-30” is not a date on the calendar');
    expect(message(readDate('31/04/2027'))).toBe('“31/04/2027” is not a date on the calendar');
    expect(message(readDate('June 2027'))).toBe('“June 2027” is not a date: write YYYY-MM-DD or DD/MM/YYYY');
  });
});

describe('ECCP membership', () => {
  it.each([
    ['yes', true],
    ['Sí', true],
    ['si', true],
    ['TRUE', true],
    ['1', true],
    ['no', false],
    ['false', false],
    ['0', false],
  ])('%s → %s', (text, value) => {
    expect(readYesNo(text)).toEqual({ ok: true, value });
  });

  it('refuses anything else', () => {
    expect(message(readYesNo('maybe'))).toBe('“maybe” is not yes or no');
  });
});

describe('EU partners', () => {
  it('reads names with a country by code, English or Spanish name', () => {
    expect(readEuPartners('AFM (ES); Aerospace Valley (France); Silicon Saxony (Alemania); Plain Name')).toEqual({
      ok: true,
      value: [
        { name: 'AFM', country: 'ES' },
        { name: 'Aerospace Valley', country: 'FR' },
        { name: 'Silicon Saxony', country: 'DE' },
        { name: 'Plain Name', country: null },
      ],
    });
  });

  it('refuses a country it does not know', () => {
    expect(message(readEuPartners('Cluster X (Atlantis)'))).toContain('“Atlantis” (for Cluster X)');
  });
});

describe('person names', () => {
  it('splits two words, keeps a longer name whole as the first name', () => {
    expect(splitPersonName('Ana Garza')).toEqual({ firstName: 'Ana', lastName: 'Garza' });
    expect(splitPersonName('María José García López')).toEqual({ firstName: 'María José García López', lastName: '' });
  });
});

describe('in Spanish', () => {
  afterAll(() => activateLocale('en'));

  it('words the problems in Spanish', async () => {
    await activateLocale('es');
    expect(message(readDate('2027-02-30'))).toBe('«2027-02-30» no es una fecha que exista en el calendario');
  });
});
