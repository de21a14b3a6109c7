import { interestProseAt, sectorProseAt } from '@/domain/vocabulary';
// @vitest-environment node
// The reasons, state facts and profile vocabulary in Spanish (the English wording is checked in
// ranking-criteria.test.ts). Names come from the index, so the test holds whichever language the
// dataset's sector and interest names are picked in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  EMPTY_FILTERS,
  criterionLabel,
  defaultProfile,
  presetDescription,
  presetName,
  type CriterionId,
  type Profile,
} from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { rank } from '@/domain/ranking/rank';
import { stateStrength } from '@/domain/ranking/state-strength';
import type { DatasetIndex } from '@/domain/ranking/types';
import { countryNotStated, labelLevelOptions, validityOptions, weightText } from '@/features/profile/profile-model';
import { activateLocale } from '@/i18n/i18n';
import { miniDataset } from '../fixtures/mini-dataset';

const profile: Profile = {
  ...defaultProfile('2019-06-22'),
  sectors: ['aerospace'],
  interests: ['rd', 'training'],
  country: 'Spain',
};

const sector = (index: DatasetIndex, id: string) => sectorProseAt(index, index.sectorIndex.get(id) ?? -1) || id;
const interest = (index: DatasetIndex, id: string) => interestProseAt(index, index.interestIndex.get(id) ?? -1) || id;

function reasons(index: DatasetIndex, p: Profile): (clusterId: string, id: CriterionId) => string | undefined {
  const matches = rank(p, index, { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5, filters: EMPTY_FILTERS });
  return (clusterId, id) => matches.find((m) => m.cluster.id === clusterId)?.criteria.find((c) => c.id === id)?.reason;
}

describe('ranking reasons in Spanish', () => {
  beforeEach(() => activateLocale('es'));
  afterEach(() => activateLocale('en'));

  it('words every criterion in Spanish, with plurals, numbers and dates', () => {
    const index = buildIndex(miniDataset);
    const aero = sector(index, 'aerospace');
    const reason = reasons(index, profile);

    expect(reason('aero-nl', 'sector')).toBe(`Trabaja en tu sector: ${aero}`);
    // Relevance first: outside an exact fit the reason says how much the other criteria count.
    expect(reason('claut', 'sector')).toBe(
      `Trabaja en un sector afín a ${aero}: ${sector(index, 'automotive')}; sus demás criterios cuentan al 30%`,
    );
    expect(reason('csoftmty', 'sector')).toBe(
      `Trabaja fuera de tus sectores: ${sector(index, 'ict')}; sus demás criterios no cuentan en tu clasificación`,
    );
    expect(reason('claut', 'label')).toBe('Sello ESCA Oro, válido hasta el 23 de junio de 2019');
    expect(reason('aero-nl', 'eccp')).toBe('Miembro de la ECCP');
    expect(reason('aero-qro', 'eccp')).toBe('No es miembro de la ECCP');
    expect(reason('aero-nl', 'state')).toBe(
      `Nuevo León: producción de vehículos ligeros (nota informativa de 2019); ` +
        `1 clúster del sector ${aero}, 1 con sello ESCA y 1 miembro de la ECCP`,
    );
    expect(reason('biotec', 'state')).toBe('El estado no consta en las fuentes');
    expect(reason('aero-nl', 'interests')).toBe(`Coincide con 1 de tus intereses: ${interest(index, 'rd')}`);
    expect(reason('aero-bc', 'interests')).toBe(
      `Se enfoca en ${interest(index, 'supply-chain')}, fuera de tus intereses`,
    );
    expect(reason('ijalti', 'interests')).toBe('Sus áreas de enfoque no constan en las fuentes');
    expect(reason('claut', 'links')).toBe('Ya coopera con AC Styria (Austria)');
    expect(reason('aero-qro', 'links')).toBe('Ya coopera con HEGAN (España), entre ellos un socio de tu país');
    expect(reason('aero-nl', 'links')).toBe('Las fuentes no registran vínculos con clústeres de la UE');
  });

  it('names a plural of interests, your own cluster and a preferred state', () => {
    const index = buildIndex(miniDataset);
    const mine = { ...profile, interests: ['rd', 'supply-chain', 'training'], euClusterId: 'acstyria' };
    const reason = reasons(index, { ...mine, preferredStates: ['QUE'] });
    const names = [interest(index, 'rd'), interest(index, 'supply-chain')].join(', ');
    expect(reason('aero-nl', 'interests')).toBe(`Coincide con 2 de tus intereses: ${names}`);
    expect(reason('claut', 'links')).toBe('Ya coopera con tu clúster, AC Styria (Austria)');
    expect(reason('aero-qro', 'state')).toMatch(
      new RegExp(`^Querétaro, uno de tus estados preferidos: polo del sector ${sector(index, 'aerospace')} `),
    );
    const general = reasons(index, { ...profile, sectors: [], interests: [] });
    expect(general('aero-nl', 'sector')).toBe(
      'No elegiste sector, así que la afinidad sectorial no cuenta en la puntuación',
    );
    expect(general('aero-nl', 'interests')).toBe('No elegiste intereses, así que no cuentan en la puntuación');
    // No sector chosen: the state is judged in the cluster's own sector.
    expect(general('aero-nl', 'state')).toMatch(/^Nuevo León: .*1 clúster del sector aeroespacial/);
    expect(general('energia-chh', 'state')).toBe(
      'Chihuahua: sede destacada de proyectos de energía renovable (nota informativa de 2019); ' +
        '1 clúster del sector energías renovables, 1 con sello ESCA',
    );
  });

  it('re-words memoised state facts and lists after a language switch on the same index', async () => {
    await activateLocale('en');
    const index = buildIndex(miniDataset);
    const [aero, auto] = [sector(index, 'aerospace'), sector(index, 'automotive')];
    const why = () => stateStrength(index, 'aerospace').find((s) => s.code === 'QUE')?.why;
    const outside = () => reasons(index, { ...profile, sectors: ['ict'] })('aero-bc', 'sector');
    expect(why()).toBe(`Querétaro: ${aero} hub (2019 briefing); 1 ${aero} cluster, 1 ESCA-labelled`);
    expect(outside()).toBe(
      `Works in ${auto} and ${aero}, outside your sectors; its other criteria count for nothing in your ranking`,
    );
    await activateLocale('es');
    const [aeroEs, autoEs] = [sector(index, 'aerospace'), sector(index, 'automotive')];
    expect(why()).toBe(
      `Querétaro: polo del sector ${aeroEs} (nota informativa de 2019); 1 clúster del sector ${aeroEs}, 1 con sello ESCA`,
    );
    expect(outside()).toBe(
      `Trabaja fuera de tus sectores: ${autoEs} y ${aeroEs}; sus demás criterios no cuentan en tu clasificación`,
    );
  });

  it('names a kind of indicator new to the code generically, not in English words', () => {
    const index = buildIndex(miniDataset);
    const ict = sector(index, 'ict');
    expect(stateStrength(index, 'ict').find((s) => s.code === 'JAL')?.why).toContain(
      `otro indicador del sector ${ict} en las fuentes`,
    );
  });

  it('says when the sources state nothing for a sector', () => {
    const states = miniDataset.states.map((s) => (s.code === 'QUE' ? { ...s, indicators: [] } : s));
    const index = buildIndex({ ...miniDataset, states });
    expect(stateStrength(index, 'space-mining').find((s) => s.code === 'QUE')?.why).toBe(
      'Querétaro: las fuentes no indican nada sobre space-mining',
    );
  });

  it('names criteria, presets and filter choices in Spanish', () => {
    expect(criterionLabel('sector')).toBe('Afinidad sectorial');
    expect(criterionLabel('state')).toBe('Fortaleza del estado');
    expect(presetName('balanced')).toBe('Equilibrado');
    expect(presetDescription('quality-first')).toBe(
      'Da prioridad a los clústeres con sello ESCA y a los miembros de la ECCP. Un sello cuenta por completo solo si ' +
        'sigue vigente en tu fecha de referencia; todas las fechas de sellos de las fuentes ya pasaron.',
    );
    expect(labelLevelOptions().map((o) => o.name)).toEqual(['Oro', 'Plata', 'Bronce']);
    expect(validityOptions().map((o) => o.name)).toEqual([
      'Cualquiera',
      'Vigente en la fecha de referencia',
      'Vencido',
      'Sin sello',
    ]);
    expect([weightText(0), weightText(7)]).toEqual(['desactivado', '7 de 10']);
    expect(countryNotStated()).toBe('País: no consta en las fuentes');
  });
});
