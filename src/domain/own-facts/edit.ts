// The changes a user makes to their own facts, as pure steps from one replica to the next. Each
// value is stamped; a revert or removal is recorded, so another tab's older copy cannot bring it back.
import { isOwnId } from '@/domain/own-facts/fields';
import type { OwnReplica } from '@/domain/own-facts/replica';
import type { OwnField, OwnFieldValues, OwnOrganisation, OwnStamp, OwnValues } from '@/domain/own-facts/types';

/** Every given field stamped with the same stamp. */
export function stampValues(values: Partial<OwnFieldValues>, stamp: OwnStamp): OwnValues {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) if (value !== undefined) out[field] = { value, stamp };
  return out as OwnValues;
}

export function addOrganisation(
  replica: OwnReplica,
  id: string,
  values: Partial<OwnFieldValues> & { name: string },
  stamp: OwnStamp,
): OwnReplica {
  const org: OwnOrganisation = {
    id,
    created: stamp,
    values: { ...stampValues(values, stamp), name: { value: values.name, stamp } },
  };
  return { ...replica, organisations: [...replica.organisations.filter((o) => o.id !== id), org] };
}

/** Corrects a field of a sourced record, or edits a field of an organisation the user added. */
export function setField<K extends OwnField>(
  replica: OwnReplica,
  clusterId: string,
  field: K,
  value: OwnFieldValues[K],
  stamp: OwnStamp,
): OwnReplica {
  const entry = { [field]: { value, stamp } } as OwnValues;
  if (isOwnId(clusterId)) {
    const organisations = replica.organisations.map((o) =>
      o.id === clusterId ? { ...o, values: { ...o.values, ...entry } as OwnOrganisation['values'] } : o,
    );
    return { ...replica, organisations };
  }
  const found = replica.corrections.some((c) => c.clusterId === clusterId);
  const corrections = found
    ? replica.corrections.map((c) => (c.clusterId === clusterId ? { clusterId, values: { ...c.values, ...entry } } : c))
    : [...replica.corrections, { clusterId, values: entry }];
  const removed = replica.removed.filter((r) => !(r.id === clusterId && r.field === field));
  return { ...replica, corrections, removed };
}

/** Drops the user's value of a sourced record's field: the sourced value applies again. */
export function revertField(replica: OwnReplica, clusterId: string, field: OwnField, at: string): OwnReplica {
  const corrections = replica.corrections.flatMap((c) => {
    if (c.clusterId !== clusterId) return [c];
    const values: OwnValues = { ...c.values };
    delete values[field];
    return Object.keys(values).length ? [{ clusterId, values }] : [];
  });
  const removed = [
    ...replica.removed.filter((r) => !(r.id === clusterId && r.field === field)),
    { id: clusterId, field, at },
  ];
  return { ...replica, corrections, removed };
}

/** Removes an organisation the user added; returns it too, for Undo. */
export function removeOrganisation(
  replica: OwnReplica,
  id: string,
  at: string,
): { replica: OwnReplica; removed: OwnOrganisation | null } {
  const org = replica.organisations.find((o) => o.id === id) ?? null;
  if (!org) return { replica, removed: null };
  const organisations = replica.organisations.filter((o) => o.id !== id);
  const removed = [...replica.removed.filter((r) => !(r.id === id && r.field === null)), { id, field: null, at }];
  return { replica: { ...replica, organisations, removed }, removed: org };
}

/** Puts a removed organisation back (Undo): re-created now, so it wins over its removal everywhere. */
export function restoreOrganisation(replica: OwnReplica, org: OwnOrganisation, at: string): OwnReplica {
  const back = { ...org, created: { ...org.created, at } };
  return {
    ...replica,
    organisations: [...replica.organisations.filter((o) => o.id !== org.id), back],
    removed: replica.removed.filter((r) => !(r.id === org.id && r.field === null)),
  };
}
