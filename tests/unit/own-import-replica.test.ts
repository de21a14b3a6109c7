// An import applied to the user's own facts through the store's merge: new organisations added,
// sourced records corrected, the user's own organisations edited in place, nothing else touched.
import { describe, expect, it } from 'vitest';
import { mergeOwnReplicas, EMPTY_OWN_REPLICA, type OwnReplica } from '@/domain/own-facts/replica';
import { importReplica } from '@/domain/own-facts/import-replica';
import type { OwnOrganisation } from '@/domain/own-facts/types';

const earlier = { at: '2026-11-01T09:00:00.000Z', sourceUrl: null, note: null };
const now = { at: '2026-12-01T10:00:00.000Z', sourceUrl: null, note: 'Imported from socios.xlsx' };

const mine: OwnOrganisation = {
  id: 'own-abc-1',
  created: earlier,
  values: { name: { value: 'Clúster Solar de Yucatán', stamp: earlier }, city: { value: 'Mérida', stamp: earlier } },
};
const fresh: OwnOrganisation = {
  id: 'own-def-2',
  created: now,
  values: { name: { value: 'Cluster Uno', stamp: now } },
};
const before: OwnReplica = {
  ...EMPTY_OWN_REPLICA,
  organisations: [mine],
  corrections: [{ clusterId: 'claut', values: { city: { value: 'Monterrey', stamp: earlier } } }],
};

describe('importReplica', () => {
  it('merges into the user’s facts: added, corrected, own organisations edited in place', () => {
    const replica = importReplica(
      {
        add: [fresh],
        correct: [
          { clusterId: 'claut', values: { website: { value: 'https://www.claut.com.mx', stamp: now } } },
          { clusterId: 'own-abc-1', values: { state: { value: 'YUC', stamp: now } } },
        ],
      },
      before.organisations,
    );
    const after = mergeOwnReplicas(before, replica, Date.parse(now.at));
    expect(after.organisations.map((o) => o.id)).toEqual(['own-abc-1', 'own-def-2']);
    expect(after.organisations[0].values).toEqual({ ...mine.values, state: { value: 'YUC', stamp: now } });
    expect(after.corrections).toEqual([
      {
        clusterId: 'claut',
        values: {
          city: { value: 'Monterrey', stamp: earlier },
          website: { value: 'https://www.claut.com.mx', stamp: now },
        },
      },
    ]);
  });
});
