// The user's own facts as this browser keeps them: the facts plus what was reverted or removed when,
// so two tabs' copies merge without losing an edit (per organisation and per field the newer stamp
// wins; a removal wins over values stamped before it, and on a tie). Order-independent, like
// src/stores/merge-shortlists.ts for the shortlists.
import type { OwnCorrection, OwnFacts, OwnField, OwnOrganisation, OwnValues } from '@/domain/own-facts/types';

/** A reverted correction (`field` set) or a removed organisation (`field` null). */
export interface OwnRemoval {
  id: string;
  field: OwnField | null;
  at: string;
}

export interface OwnReplica extends OwnFacts {
  removed: OwnRemoval[];
}

export const EMPTY_OWN_REPLICA: OwnReplica = { organisations: [], corrections: [], removed: [] };

/** Removals older than this are forgotten (as for the shortlists). */
const REMOVAL_KEPT_MS = 90 * 24 * 60 * 60 * 1000;

const time = (at: string) => Date.parse(at) || 0;
const removalKey = (r: Pick<OwnRemoval, 'id' | 'field'>) => `${r.id}\u0000${r.field ?? ''}`;
const text = (v: unknown) => JSON.stringify(v);

function mergeRemovals(a: OwnRemoval[], b: OwnRemoval[]): Map<string, OwnRemoval> {
  const byKey = new Map<string, OwnRemoval>();
  for (const r of [...a, ...b]) {
    const seen = byKey.get(removalKey(r));
    if (!seen || time(r.at) > time(seen.at)) byKey.set(removalKey(r), r);
  }
  return byKey;
}

/** Per field, the newer value; a field reverted at or after its stamp is dropped. */
function mergeValues(id: string, a: OwnValues, b: OwnValues, removed: Map<string, OwnRemoval>): OwnValues {
  const out: Record<string, { value: unknown; stamp: { at: string } }> = {};
  const fields = new Set([...Object.keys(a), ...Object.keys(b)] as OwnField[]);
  for (const field of [...fields].sort()) {
    const x = a[field] as { value: unknown; stamp: { at: string } } | undefined;
    const y = b[field] as typeof x;
    let win =
      x && y
        ? time(x.stamp.at) !== time(y.stamp.at)
          ? time(x.stamp.at) > time(y.stamp.at)
            ? x
            : y
          : text(x) >= text(y)
            ? x
            : y
        : (x ?? y);
    const gone = removed.get(removalKey({ id, field }));
    if (win && gone && time(gone.at) >= time(win.stamp.at)) win = undefined;
    if (win) out[field] = win;
  }
  return out as OwnValues;
}

function mergeOrganisations(a: OwnOrganisation[], b: OwnOrganisation[], removed: Map<string, OwnRemoval>) {
  const ids = [...new Set([...a, ...b].map((o) => o.id))];
  return ids.flatMap((id): OwnOrganisation[] => {
    const x = a.find((o) => o.id === id);
    const y = b.find((o) => o.id === id);
    // An organisation put back (Undo) is re-created later than its removal.
    const created = x && y ? (time(x.created.at) >= time(y.created.at) ? x.created : y.created) : (x ?? y)!.created;
    const gone = removed.get(removalKey({ id, field: null }));
    if (gone && time(gone.at) >= time(created.at)) return [];
    const values = mergeValues(id, x?.values ?? {}, y?.values ?? {}, new Map());
    const fallback = (x ?? y)!.values.name;
    return [{ id, created, values: { ...values, name: values.name ?? fallback } }];
  });
}

function mergeCorrections(a: OwnCorrection[], b: OwnCorrection[], removed: Map<string, OwnRemoval>) {
  const ids = [...new Set([...a, ...b].map((c) => c.clusterId))].sort();
  return ids.flatMap((clusterId): OwnCorrection[] => {
    const x = a.find((c) => c.clusterId === clusterId)?.values ?? {};
    const y = b.find((c) => c.clusterId === clusterId)?.values ?? {};
    const values = mergeValues(clusterId, x, y, removed);
    return Object.keys(values).length ? [{ clusterId, values }] : [];
  });
}

/** Two copies as one; the same result whichever comes first. Removals older than 90 days are forgotten. */
export function mergeOwnReplicas(a: OwnReplica, b: OwnReplica, now = Date.now()): OwnReplica {
  const removed = mergeRemovals(a.removed, b.removed);
  const organisations = mergeOrganisations(a.organisations, b.organisations, removed).sort((p, q) =>
    p.id < q.id ? -1 : p.id > q.id ? 1 : 0,
  );
  return {
    organisations,
    corrections: mergeCorrections(a.corrections, b.corrections, removed),
    removed: [...removed.values()]
      .filter((r) => time(r.at) >= now - REMOVAL_KEPT_MS)
      .sort((p, q) => (removalKey(p) < removalKey(q) ? -1 : 1)),
  };
}
