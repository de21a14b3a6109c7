import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from '@/domain/dates';
import { EMPTY_FILTERS, defaultProfile } from '@/domain/profile';
import type { Cluster, EuCluster, Sector } from '@/domain/types';
import {
  activeFilterCount,
  countryNotStated,
  euClusterName,
  euClusterPatch,
  euCountries,
  groupEuClusters,
  splitSectors,
  toggleItem,
  weightText,
} from '@/features/profile/profile-model';

const sector = (id: string, name = id): Sector => ({ id, name, related: [], wordings: [] });
// splitSectors only reads a cluster's sectors.
const cluster = (...ids: string[]): Pick<Cluster, 'sectors'> => ({ sectors: ids.map((id) => ({ id, wording: id })) });
const eu = (id: string, country: string | null, sectors: string[] = [], acronym: string | null = null): EuCluster => ({
  id,
  name: `${id} cluster`,
  acronym,
  country,
  sectors,
  relation: 'interested',
  mexicanPartners: [],
  website: null,
  sources: [],
});

describe('splitSectors', () => {
  it('puts the sectors with most clusters first, ties by name, the rest in "more"', () => {
    const sectors = 'abcdefghijk'.split('').map((id) => sector(id, id.toUpperCase()));
    const clusters = [cluster('k', 'j'), cluster('k'), cluster('k', 'j'), cluster('a', 'b'), cluster('c', 'd', 'e')];
    const { top, more } = splitSectors(sectors, clusters);
    expect(top.map((o) => o.id)).toEqual(['k', 'j', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(top[0]).toEqual({ id: 'k', name: 'K', count: 3 });
    // f, g, h, i tie at 0 across the cut-off after 8: kept together, but only up to 10 visible.
    expect(more.map((o) => o.id)).toEqual(['i']);
  });

  it('counts a cluster once per sector even if listed twice', () => {
    const { top } = splitSectors([sector('a')], [cluster('a', 'a')]);
    expect(top).toEqual([{ id: 'a', name: 'a', count: 1 }]);
  });

  it('does not stretch the list when the 9th sector has fewer clusters', () => {
    const sectors = 'abcdefghi'.split('').map((id) => sector(id));
    const clusters = 'abcdefgh'.split('').map((id) => cluster(id));
    const { top, more } = splitSectors(sectors, clusters);
    expect(top).toHaveLength(8);
    expect(more.map((o) => o.id)).toEqual(['i']);
  });

  it('handles fewer sectors than the top size', () => {
    expect(splitSectors([sector('a')], [])).toEqual({ top: [{ id: 'a', name: 'a', count: 0 }], more: [] });
    expect(splitSectors([], [])).toEqual({ top: [], more: [] });
  });
});

describe('toggleItem', () => {
  it('appends in the order of checking and removes', () => {
    expect(toggleItem(['b'], 'a')).toEqual(['b', 'a']);
    expect(toggleItem(['b', 'a', 'c'], 'a')).toEqual(['b', 'c']);
  });
});

describe('EU clusters', () => {
  const list = [eu('z', 'Spain'), eu('m', null), eu('a', 'Spain'), eu('f', 'France')];

  it('groups by country alphabetically, names sorted, unknown country last', () => {
    const groups = groupEuClusters(list);
    expect(groups.map((g) => g.country)).toEqual(['France', 'Spain', countryNotStated()]);
    expect(groups[1]?.clusters.map((c) => c.id)).toEqual(['a', 'z']);
  });

  it('lists countries once, plus the current one when the dataset lacks it', () => {
    expect(euCountries(list, null)).toEqual(['France', 'Spain']);
    expect(euCountries(list, 'Austria')).toEqual(['Austria', 'France', 'Spain']);
  });

  it('shows the acronym only when the name does not already hold it', () => {
    expect(euClusterName(eu('x', null, [], 'HEGAN'))).toBe('x cluster (HEGAN)');
    expect(euClusterName({ ...eu('x', null), name: 'HEGAN Basque', acronym: 'HEGAN' })).toBe('HEGAN Basque');
  });
});

describe('euClusterPatch', () => {
  const known = new Set(['aerospace', 'ict']);
  const profile = defaultProfile('2026-01-01');

  it('fills id, country and known sectors when no sector is chosen', () => {
    expect(euClusterPatch(profile, eu('h', 'Spain', ['aerospace', 'unknown', 'ict']), known)).toEqual({
      euClusterId: 'h',
      country: 'Spain',
      sectors: ['aerospace', 'ict'],
    });
  });

  it('keeps chosen sectors and a country the sources do not give', () => {
    const mine = { ...profile, sectors: ['ict'], country: 'Austria' };
    expect(euClusterPatch(mine, eu('h', null, ['aerospace']), known)).toEqual({ euClusterId: 'h', country: 'Austria' });
  });

  it('does not set sectors to an empty list', () => {
    expect(euClusterPatch(profile, eu('h', 'Spain', ['unknown']), known)).not.toHaveProperty('sectors');
  });

  it('"Not in the list" only clears the cluster', () => {
    expect(euClusterPatch({ ...profile, euClusterId: 'h', country: 'Spain' }, null, known)).toEqual({
      euClusterId: null,
    });
  });
});

describe('small helpers', () => {
  it('counts active filters, ignoring a blank query', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, query: '   ' })).toBe(0);
    expect(
      activeFilterCount({
        states: ['NLE', 'JAL'],
        labelLevels: ['gold'],
        labelValidity: 'expired',
        eccpOnly: true,
        sectors: ['ict'],
        query: 'claut',
      }),
    ).toBe(6);
  });

  it('accepts only real calendar days', () => {
    expect(isValidIsoDate('2019-06-23')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
    expect(isValidIsoDate('2019-6-23')).toBe(false);
  });

  it('reads weight 0 as off', () => {
    expect(weightText(0)).toBe('off');
    expect(weightText(7)).toBe('7 of 10');
  });
});
