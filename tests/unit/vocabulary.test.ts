// @vitest-environment node
// Sector and interest names follow the active language after the index is built: the index keeps
// both names and src/domain/vocabulary.ts picks one when a view reads it.
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, defaultProfile, type Weights } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { stateStrength } from '@/domain/ranking/state-strength';
import {
  clusterFocusText,
  countryName,
  clusterSectorsText,
  interestName,
  sectorName,
  sectorProse,
  termNameIn,
} from '@/domain/vocabulary';
import { activateLocale } from '@/i18n/i18n';
import { miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);
const facts = (id: string) => index.facts[index.positionById.get(id) ?? -1];
const ONES: Weights = { sector: 1, label: 1, eccp: 1, state: 1, interests: 1, links: 1 };

afterEach(async () => {
  await activateLocale('en');
});

describe('sector and interest names in the active language', () => {
  it('reads the English names, then the Spanish ones from the same index after a switch', async () => {
    expect([sectorName(index, 'aerospace'), interestName(index, 'supply-chain')]).toEqual([
      'Aerospace',
      'Supply chain',
    ]);
    await activateLocale('es');
    expect([sectorName(index, 'aerospace'), interestName(index, 'supply-chain')]).toEqual([
      'Aeroespacial',
      'Cadena de suministro',
    ]);
    expect(termNameIn(miniDataset.sectors, 'renewable-energy')).toBe('Energías renovables');
    await activateLocale('en');
    expect(sectorName(index, 'aerospace')).toBe('Aerospace');
  });

  it('writes names mid-sentence in Spanish, acronyms kept, lists joined with "y"', async () => {
    await activateLocale('es');
    expect([sectorProse(index, 'renewable-energy'), sectorProse(index, 'ict')]).toEqual(['energías renovables', 'TIC']);
    expect(clusterFocusText(index, facts('aero-nl')!)).toBe('I+D e innovación y cadena de suministro');
    expect(clusterSectorsText(index, facts('claut')!)).toBe('automotriz');
  });

  it('leaves ids the taxonomy lacks to the caller, and names an unknown id by itself mid-sentence', async () => {
    await activateLocale('es');
    expect(sectorName(index, 'space-mining')).toBeUndefined();
    expect(interestName(index, 'mystery')).toBeUndefined();
    expect(sectorProse(index, 'space-mining')).toBe('space-mining');
  });

  it('re-words the ranking reasons and the state strength facts built earlier in English', async () => {
    const profile = { ...defaultProfile('2019-06-23'), sectors: ['automotive'] };
    const options = { weights: ONES, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS };
    const reason = () => rank(profile, index, options).find((m) => m.cluster.id === 'aero-nl')?.criteria[0]?.reason;
    const why = () => stateStrength(index, 'aerospace').find((s) => s.code === 'QUE')?.why ?? '';
    expect(reason()).toContain('aerospace');
    expect(why()).toContain('aerospace cluster');
    await activateLocale('es');
    expect(reason()).toContain('aeroespacial');
    expect(reason()).toContain('automotriz');
    expect(why()).toContain('aeroespacial');
    await activateLocale('en');
    expect(why()).toContain('aerospace cluster');
  });
});

describe('country names', () => {
  it('keeps the sources’ English names in English and names them in Spanish after a switch', async () => {
    expect(countryName('Spain')).toBe('Spain');
    await activateLocale('es');
    expect(countryName('Spain')).toBe('España');
    expect(countryName('Germany')).toBe('Alemania');
    expect(countryName('United Kingdom')).toBe('Reino Unido');
    // A name the table does not know is shown as the sources write it, never guessed.
    expect(countryName('Atlantis')).toBe('Atlantis');
  });
});
