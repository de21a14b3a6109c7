// Duplicate detection by name on the real dataset: the keys must join spellings of one organisation
// and never two organisations.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { buildNameIndex, findByName, nameKey } from '@/domain/own-facts/import-names';
import type { OwnOrganisation } from '@/domain/own-facts/types';
import { readPublicDataset } from '../fixtures/public-data';

const { clusters } = parseDataset(readPublicDataset()).dataset;
const index = buildNameIndex(clusters, []);

describe('nameKey', () => {
  it('ignores accents, case, punctuation, "cluster", legal forms and connecting words', () => {
    expect(nameKey('Clúster Automotriz de Nuevo León, A.C.')).toBe('automotriz nuevo leon');
    expect(nameKey('cluster automotriz de nuevo leon')).toBe('automotriz nuevo leon');
    expect(nameKey('CLUSTER AUTOMOTRIZ NUEVO LEÓN A C')).toBe('automotriz nuevo leon');
    expect(nameKey('Empresa S.A. de C.V.')).toBe('empresa');
    expect(nameKey('Clúster')).toBe('');
  });

  it('gives no two real clusters the same key for any of their names, acronyms or aliases', () => {
    const owners = new Map<string, Set<string>>();
    for (const c of clusters)
      for (const spelling of [c.name, c.acronym, ...c.aliases]) {
        const key = spelling ? nameKey(spelling) : '';
        if (key) owners.set(key, (owners.get(key) ?? new Set()).add(c.id));
      }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
    // Every cluster keeps a key of its own name.
    for (const c of clusters) expect(nameKey(c.name), c.id).not.toBe('');
  });
});

describe('findByName on the real dataset', () => {
  it.each([
    ['cluster automotriz de nuevo leon', 'claut', 'name'],
    ['Nuevo Leon Auto Cluster', 'claut', 'alias'],
    ['claut', 'claut', 'acronym'],
    ['Cluster Automotriz Estado de México', 'automotriz-estado-de-mexico', 'name'],
    ['CLUSTER DE ENERGIA COAHUILA', 'cluster-energia-coahuila', 'name'],
    ['Monterrey Aerocluster', 'monterrey-aerocluster', 'name'],
    ['it baja', 'it-baja', 'name'],
    ['Chihuahua’s Aerospace Cluster', 'chihuahua-aerospace-cluster', 'name'],
  ])('%s → %s (on its %s)', (name, id, matchedOn) => {
    expect(findByName(index, name)).toMatchObject({ id, own: false, matchedOn });
  });

  it('keeps close but different clusters apart', () => {
    expect(findByName(index, 'Cluster Minero de Sonora')?.id).toBe('minero-sonora');
    expect(findByName(index, 'Cluster Minero')?.id).toBe('clusmin');
    expect(findByName(index, 'Cluster Automotriz de Puebla')?.id).toBe('automotriz-puebla');
    expect(findByName(index, 'Cluster Automotriz de Yucatán')).toBeNull();
  });

  it('finds the user’s own organisations, after the dataset’s', () => {
    const stamp = { at: '2026-12-01T10:00:00Z', sourceUrl: null, note: null };
    const own: OwnOrganisation = {
      id: 'own-solar-yucatan',
      created: stamp,
      values: { name: { value: 'Clúster Solar de Yucatán', stamp } },
    };
    const withOwn = buildNameIndex(clusters, [own]);
    expect(findByName(withOwn, 'cluster solar yucatan')).toMatchObject({ id: 'own-solar-yucatan', own: true });
    expect(findByName(withOwn, 'CLAUT')?.id).toBe('claut');
  });
});
