// An applied import as a copy to merge into the user's own facts in one write: new organisations,
// corrections of sourced records, and edits of the user's own organisations (whose fields live on
// the organisation, as src/domain/own-facts/edit.ts keeps them). Every value carries the import's
// stamp, so the merge (newest stamp per field wins) takes it.
import { isOwnId } from '@/domain/own-facts/fields';
import { EMPTY_OWN_REPLICA, type OwnReplica } from '@/domain/own-facts/replica';
import type { OwnOrganisation } from '@/domain/own-facts/types';
import type { ImportResult } from '@/domain/own-facts/import-run';

export function importReplica(
  result: Pick<ImportResult, 'add' | 'correct'>,
  own: readonly OwnOrganisation[],
): OwnReplica {
  const byId = new Map(own.map((o) => [o.id, o]));
  const edited = result.correct.flatMap((c) => {
    const org = isOwnId(c.clusterId) ? byId.get(c.clusterId) : undefined;
    return org ? [{ ...org, values: { ...org.values, ...c.values } }] : [];
  });
  return {
    ...EMPTY_OWN_REPLICA,
    organisations: [...result.add, ...edited],
    corrections: result.correct.filter((c) => !isOwnId(c.clusterId)),
  };
}
