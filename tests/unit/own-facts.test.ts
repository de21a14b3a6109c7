// @vitest-environment node
// The user's own facts: laid over the real dataset (ranked, marked, sourced value kept), merged
// across tabs (newest wins, reverts and removals recorded), and checked field by field.
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { ownFieldProblems, ownValuesProblems } from '@/data/schemas/own-facts';
import {
  addOrganisation,
  removeOrganisation,
  restoreOrganisation,
  revertField,
  setField,
} from '@/domain/own-facts/edit';
import { overlayOwnFacts } from '@/domain/own-facts/overlay';
import { EMPTY_OWN_REPLICA, mergeOwnReplicas, type OwnReplica } from '@/domain/own-facts/replica';
import type { OwnStamp } from '@/domain/own-facts/types';
import { buildIndex } from '@/domain/ranking/build-index';
import { rankAll } from '@/domain/ranking/rank';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';
import { DEFAULT_EXPIRED_LABEL_FACTOR } from '@/domain/labels';
import { activateLocale, i18n, type Locale } from '@/i18n/i18n';
import { readOwnState } from '@/stores/own-facts-read';
import { toColumn } from '@/features/compare/compare-model';
import { readPublicDataset } from '../fixtures/public-data';

const { dataset } = parseDataset(readPublicDataset());
const stamp = (at: string, note: string | null = null): OwnStamp => ({ at, sourceUrl: null, note });
const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-01T11:00:00.000Z';
const T3 = '2026-12-01T12:00:00.000Z';

const withOrg = addOrganisation(
  EMPTY_OWN_REPLICA,
  'own-test-1',
  {
    name: 'Clúster Aeroespacial de Sonora Nuevo',
    state: 'SON',
    sectors: ['aerospace'],
    labels: [{ level: 'gold', validFrom: '2025-01-01', validUntil: '2027-12-31' }],
    eccpMember: true,
    contacts: [{ firstName: 'Ana', lastName: 'López', email: 'ana@example.org', phone: null, role: 'Director' }],
  },
  stamp(T1),
);

describe('overlay', () => {
  it("appends an added organisation as a cluster the ranking scores, placed at its state, marked as the user's", () => {
    const over = overlayOwnFacts(dataset, withOrg);
    expect(over.clusters).toHaveLength(dataset.clusters.length + 1);
    const own = over.clusters.at(-1)!;
    expect(own).toMatchObject({ id: 'own-test-1', state: 'SON', eccpMember: true, sources: [] });
    expect(own.sectors).toEqual([{ id: 'aerospace', wording: 'Aerospace' }]);
    const son = dataset.states.find((s) => s.code === 'SON')!;
    expect(own.position).toEqual({ lat: son.position.lat, lng: son.position.lng, precision: 'state' });
    expect(own.own?.added?.at).toBe(T1);
    expect(own.own?.fields.contacts?.value[0].email).toBe('ana@example.org');
    expect(own.own?.fields.name?.sourced).toBeNull();
    const ranking = rankAll({ ...defaultProfile('2026-12-01'), sectors: ['aerospace'] }, buildIndex(over), {
      weights: DEFAULT_WEIGHTS,
      expiredLabelFactor: DEFAULT_EXPIRED_LABEL_FACTOR,
    });
    const match = ranking.byId('own-test-1')!;
    // A valid gold label, ECCP membership and the exact sector put it at the top of aerospace.
    expect(match.rank).toBe(1);
  });

  it('applies a correction and keeps the sourced value beside it', () => {
    const corrected = setField(EMPTY_OWN_REPLICA, 'it-baja', 'website', 'https://new.itbaja.org/', stamp(T1));
    const over = overlayOwnFacts(dataset, corrected);
    const c = over.clusters.find((x) => x.id === 'it-baja')!;
    expect(c.website).toBe('https://new.itbaja.org/');
    expect(c.own?.fields.website).toEqual({
      value: 'https://new.itbaja.org/',
      stamp: stamp(T1),
      sourced: 'https://itbaja.org/',
    });
    expect(c.own?.added).toBeNull();
    expect(dataset.clusters.find((x) => x.id === 'it-baja')!.website).toBe('https://itbaja.org/');
  });

  it('marks the corrected field in the comparison, apart from the sourced values', () => {
    const corrected = setField(
      EMPTY_OWN_REPLICA,
      'it-baja',
      'website',
      'https://new.itbaja.org/',
      stamp(T1, 'met in Tijuana'),
    );
    const index = buildIndex(overlayOwnFacts(dataset, corrected));
    const ranking = rankAll({ ...defaultProfile('2026-12-01'), sectors: ['ict'] }, index, {
      weights: DEFAULT_WEIGHTS,
      expiredLabelFactor: DEFAULT_EXPIRED_LABEL_FACTOR,
    });
    const column = toColumn(ranking.byId('it-baja')!, index, false, []);
    expect(column.yours).toHaveLength(1);
    expect(column.yours[0]).toMatch(/^Website: corrected by you, 1 Dec 2026.*met in Tijuana/);
    expect(toColumn(ranking.byId('claut')!, index, false, []).yours).toEqual([]);
  });

  it("leaves the dataset object as it is when there is nothing of the user's", () => {
    expect(overlayOwnFacts(dataset, EMPTY_OWN_REPLICA)).toBe(dataset);
  });
});

describe('two tabs merge own facts', () => {
  const a = setField(EMPTY_OWN_REPLICA, 'it-baja', 'website', 'https://a.example/', stamp(T1));
  const b = setField(EMPTY_OWN_REPLICA, 'it-baja', 'website', 'https://b.example/', stamp(T2));

  it('keeps the newer value of a field, whichever copy comes first', () => {
    const ab = mergeOwnReplicas(a, b);
    expect(ab.corrections[0].values.website?.value).toBe('https://b.example/');
    expect(mergeOwnReplicas(b, a)).toEqual(ab);
  });

  it('merges different fields of one record and different organisations', () => {
    const city = setField(EMPTY_OWN_REPLICA, 'it-baja', 'city', 'Tijuana', stamp(T1));
    const merged = mergeOwnReplicas(mergeOwnReplicas(a, city), withOrg);
    expect(Object.keys(merged.corrections[0].values).sort()).toEqual(['city', 'website']);
    expect(merged.organisations.map((o) => o.id)).toEqual(['own-test-1']);
  });

  it('a revert wins over the value it reverted, but not over a later one', () => {
    const reverted = revertField(b, 'it-baja', 'website', T3);
    expect(mergeOwnReplicas(reverted, b).corrections).toEqual([]);
    const later = setField(
      EMPTY_OWN_REPLICA,
      'it-baja',
      'website',
      'https://c.example/',
      stamp('2026-12-01T13:00:00.000Z'),
    );
    expect(mergeOwnReplicas(reverted, later).corrections[0].values.website?.value).toBe('https://c.example/');
  });

  it('a removed organisation stays removed, and Undo brings it back in every tab', () => {
    const { replica: gone, removed } = removeOrganisation(withOrg, 'own-test-1', T2);
    expect(mergeOwnReplicas(gone, withOrg).organisations).toEqual([]);
    const back = restoreOrganisation(gone, removed!, T3);
    expect(mergeOwnReplicas(gone, back).organisations.map((o) => o.id)).toEqual(['own-test-1']);
  });
});

describe('field-level messages', () => {
  afterEach(() => activateLocale('en'));
  const vocab = {
    sectors: new Set(dataset.sectors.map((s) => s.id)),
    interests: new Set(dataset.interests.map((i) => i.id)),
  };
  it.each<Locale>(['en', 'es'])('names each bad value where it is (%s)', async (lang) => {
    await activateLocale(lang);
    const problems = ownValuesProblems(
      {
        website: 'ftp://files.example.org',
        contacts: [{ firstName: 'Ana', lastName: '', email: 'ana.example.org', phone: null, role: null }],
        labels: [{ level: 'silver', validFrom: null, validUntil: '2026-02-30' }],
        state: 'XXX' as never,
        sectors: ['spaceships'],
      },
      vocab,
    );
    expect(i18n.language).toBe(lang);
    const expected: Record<string, [string, string]> = {
      website: [
        'Give a web address starting with http:// or https://.',
        'Indica una dirección web que empiece con http:// o https://.',
      ],
      'contacts[0].email': [
        'This is not an e-mail address (name@example.org).',
        'No es una dirección de correo válida (nombre@ejemplo.org).',
      ],
      'labels[0].validUntil': ['This date does not exist on the calendar.', 'Esa fecha no existe en el calendario.'],
      state: [
        'This is not a Mexican state code (for example JAL or NLE).',
        'No es la clave de un estado de México (por ejemplo JAL o NLE).',
      ],
      'sectors[0]': [
        "This sector is not in the dataset's taxonomy.",
        'Este sector no está en la taxonomía del conjunto de datos.',
      ],
    };
    const wanted = Object.entries(expected).map(([path, [en, es]]) => [path, lang === 'en' ? en : es]);
    expect(Object.fromEntries([...problems].filter(([path]) => path in expected))).toEqual(Object.fromEntries(wanted));
  });

  it('accepts good values', () => {
    expect(ownFieldProblems('website', 'https://example.org/', vocab).size).toBe(0);
    expect(ownFieldProblems('labels', [{ level: 'gold', validFrom: '2024-02-29', validUntil: null }], vocab).size).toBe(
      0,
    );
  });

  it('reads a saved copy item by item: a bad organisation is named and left out, the rest kept', () => {
    const saved: OwnReplica = {
      ...withOrg,
      organisations: [...withOrg.organisations, { ...withOrg.organisations[0], id: 'not-own' }],
    };
    const read = readOwnState(JSON.parse(JSON.stringify(saved)))!;
    expect(read.replica.organisations.map((o) => o.id)).toEqual(['own-test-1']);
    expect(read.problems).toEqual(['organisation 2: id: An added organisation\'s id starts with "own-".']);
  });
});
